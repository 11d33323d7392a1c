/** Fields about the crashing application: product, version, build, install and session. */
import {
  boolField,
  enumField,
  floatField,
  integerField,
  keywordField,
  semicolonListField,
  textField,
} from '../define-field.js';

/** The application that crashed and the session it was in. */
export const PRODUCT_FIELDS = [
  enumField('product', 'Name of the product that crashed, such as `Firefox`.', 'text', {
    isFrequentFilter: true,
  }),
  enumField(
    'version',
    'The product version. Letters mark the release kind: `b` beta, `a` aurora/nightly, `esr` extended support. A bare `120.0b` filter matches every 120 beta.',
    'keyword',
    // The reference turns a bare `120.0b` into "starts with"; the native API may ask for it.
    { isFrequentFilter: true, extraOperators: ['starts_with'] },
  ),
  integerField(
    'major_version',
    'The leading number of the version, as an integer; 0 when the version has none.',
    'integer',
  ),
  enumField(
    'release_channel',
    'Update channel of the installation: usually `nightly`, `beta`, `release` or `esr`, sometimes a partner channel.',
    'keyword',
    { isFrequentFilter: true },
  ),
  integerField(
    'build_id',
    'Build identifier, usually the build’s `YYYYMMDDHHMMSS` timestamp. For GeckoView apps it identifies the GeckoView build.',
    'long',
    { source: 'build', isFrequentFilter: true },
  ),
  integerField(
    'application_build_id',
    'Build number of the Android application itself, for apps that embed GeckoView; not a timestamp.',
    'long',
  ),
  enumField(
    'productid',
    'Application id of the product, a UUID in braces or an email-like id.',
    'keyword',
  ),
  enumField('vendor', 'Vendor of the application, such as `Mozilla`.', 'text'),
  keywordField(
    'distribution_id',
    'Distribution the installation came from (a partner build or a Linux distribution); `mozilla` when unknown.',
  ),
  enumField('useragent_locale', 'Locale of the installation, such as `en-US`.', 'semicolon_text'),
  keywordField(
    'addons',
    'Add-ons enabled when the crash happened, each as `id:version`. Empty when the crash came before the add-on manager started.',
    { isList: true },
  ),
  boolField('addons_checked', 'True when add-on compatibility checking was on.', {
    queryType: 'enum',
  }),
  boolField('em_check_compatibility', 'True when the add-on manager checked add-on compatibility.'),
  boolField('safe_mode', 'True when the application ran in safe mode.'),
  boolField('marionette', 'True when Marionette (WebDriver Classic) was enabled.'),
  boolField('remote_agent', 'True when the Remote Agent (WebDriver BiDi) was enabled.'),
  keywordField(
    'background_task_name',
    'Name of the background task, when the application was started with `--backgroundtask`.',
  ),
  integerField(
    'install_age',
    'Seconds between the installation of this version and the crash.',
    'long',
  ),
  integerField(
    'install_time',
    'When this version was installed, in seconds since the Unix epoch; often used to tell installations apart.',
    'long',
  ),
  integerField(
    'last_crash',
    'Seconds since the previous crash report of the installation; small values point to repeated crashes.',
    'long',
  ),
  boolField('startup_crash', 'True when the crash happened before startup finished.', {
    nullValue: false,
  }),
  integerField(
    'startup_time',
    'When the application started, in seconds since the Unix epoch.',
    'long',
  ),
  integerField(
    'uptime',
    'Seconds the process ran before crashing; values below about 5 usually mean a startup crash.',
    'long',
  ),
  floatField('uptime_ts', 'Seconds the process ran before crashing, with fractions.'),
  textField('app_notes', 'Free-form notes the application attached, mostly about graphics.'),
  semicolonListField(
    'app_init_dlls',
    'DLLs injected into the process through the Windows `AppInit_DLLs` registry key.',
  ),
];
