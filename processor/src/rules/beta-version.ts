/** BetaVersionRule: the real version of beta and aurora builds. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { pythonStr } from '../signature/python/python-values.js';

const SUPPORTED_PRODUCTS = new Set(['Firefox', 'Thunderbird']);
/** Firefox aurora builds after this date are Developer Edition builds, listed under that name. */
const DEVEDITION_FIRST_BUILD = '20170601';

/**
 * Reads `product`, `release_channel`, `build` and `version` of Firefox and Thunderbird crashes
 * on the beta and aurora channels, whose builds report the release version (`120.0`) rather
 * than the beta (`120.0b3`); writes `version` = the version string the archive scraper
 * recorded for that build (looked up as `DevEdition` for Firefox aurora builds after
 * 2017-06-01). When none is known the version gets `b0` appended, with a note. §1.2 rule 40.
 */
export const betaVersionRule: ProcessorRule = {
  name: 'BetaVersionRule',
  description:
    'For Firefox and Thunderbird beta/aurora crashes, replaces version with the real beta version string of the build (from product_versions), or appends b0 when it is unknown.',
  writes: ['version'],
  predicate: ({ processedCrash }) =>
    typeof processedCrash.product === 'string' &&
    SUPPORTED_PRODUCTS.has(processedCrash.product) &&
    typeof processedCrash.release_channel === 'string' &&
    ['beta', 'aurora'].includes(processedCrash.release_channel.toLowerCase()),
  async action({ processedCrash, notes, services }) {
    let product = processedCrash.product as string;
    const channel = (processedCrash.release_channel as string).toLowerCase();
    const buildId = typeof processedCrash.build === 'string' ? processedCrash.build.trim() : '';
    if (buildId !== '') {
      if (product === 'Firefox' && channel === 'aurora' && buildId > DEVEDITION_FIRST_BUILD) {
        product = 'DevEdition';
      }
      const version = await services.productVersions.findVersionString({
        product,
        channel,
        buildId,
      });
      if (version) {
        processedCrash.version = version;
        return;
      }
    }
    processedCrash.version = `${pythonStr(processedCrash.version ?? '')}b0`;
    notes.add(
      `release channel is ${channel} but no version data was found - added "b0" suffix to version number`,
    );
  },
};
