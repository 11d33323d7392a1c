/** The header's "Find crash ID or signature" box (research/crashstats-webapp.md §2.1). */
import { useId, useState } from 'react';
import { reportPath } from '../routing/match-route';
import { navigate } from '../routing/navigation';
import { parseQuickSearch } from '../routing/parse-quick-search';

/** Renders the box; submitting opens a report or a signature search. */
export function QuickSearchBox() {
  const id = useId();
  const [text, setText] = useState('');
  return (
    <form
      role="search"
      className="quick-search"
      onSubmit={(event) => {
        event.preventDefault();
        const target = parseQuickSearch(text);
        if (target.kind === 'empty') return;
        setText('');
        if (target.kind === 'crash') navigate(reportPath(target.crashId));
        else navigate(`/search/?${new URLSearchParams({ signature: `~${target.text}` })}`);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        Find crash ID or signature
      </label>
      <input
        id={id}
        type="search"
        placeholder="Find crash ID or signature"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit">Go</button>
    </form>
  );
}
