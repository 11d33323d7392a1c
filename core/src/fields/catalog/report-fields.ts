/** Fields about the submission: what the user sent with the report and how it arrived. */
import { boolField, keywordField, textField } from '../define-field.js';

/** The report as the user and the crash reporter submitted it. */
export const REPORT_FIELDS = [
  keywordField(
    'url',
    'The page the user visited last before the crash, when they chose to send it.',
    {
      permission: 'view_pii',
    },
  ),
  textField('user_comments', 'What the user wrote about the crash.', { permission: 'view_pii' }),
  keywordField(
    'glean_client_id',
    'Glean client id of a crash ping (set only for reports made from crash pings).',
    { permission: 'view_pii' },
  ),
  keywordField('submitted_from', 'How the report was submitted, such as `Client` or `Infobar`.'),
  boolField(
    'throttleable',
    'False when the client asked the collector to accept the report whatever the throttle rules say.',
  ),
];
