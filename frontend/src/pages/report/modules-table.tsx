/** Loaded modules with their symbol status (§2.4 "Modules"): which modules lacked symbols. */
import type { ReportModule } from './build-crash-query';

function symbolStatus(module: ReportModule): { text: string; className: string } {
  if (module.corruptSymbols) return { text: 'corrupt symbols', className: 'symbols-corrupt' };
  if (module.missingSymbols) return { text: 'missing', className: 'symbols-missing' };
  if (module.loadedSymbols) return { text: 'loaded', className: 'symbols-loaded' };
  return { text: 'not needed', className: 'symbols-unused' };
}

/** Renders the modules, those with frames on the crashing thread first. */
export function ModulesTable({ modules }: { readonly modules: readonly ReportModule[] }) {
  if (modules.length === 0) return <p className="empty">No modules were recorded.</p>;
  const sorted = [...modules].sort((a, b) => b.framesOnCrashingThread - a.framesOnCrashingThread);
  return (
    <div className="table-scroll">
      <table className="modules-table">
        <thead>
          <tr>
            <th scope="col">Filename</th>
            <th scope="col">Version</th>
            <th scope="col">Debug identifier</th>
            <th scope="col">Debug filename</th>
            <th scope="col">Code identifier</th>
            <th scope="col">Base address</th>
            <th scope="col">Symbols</th>
            <th scope="col" className="number">
              Crashing-thread frames
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((module, index) => {
            const status = symbolStatus(module);
            return (
              <tr key={`${module.filename}-${index}`}>
                <td>{module.filename}</td>
                <td>{module.version}</td>
                <td>
                  <code>{module.debugId}</code>
                </td>
                <td>{module.debugFile}</td>
                <td>
                  <code>{module.codeId}</code>
                </td>
                <td>
                  <code>{module.baseAddress}</code>
                </td>
                <td className={status.className}>{status.text}</td>
                <td className="number">{module.framesOnCrashingThread}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
