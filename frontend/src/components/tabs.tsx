/**
 * Tabs as the WAI-ARIA pattern describes them: a tablist of buttons (arrow keys, Home and End
 * move between them) and one panel; only the selected panel is rendered.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One tab. */
export interface Tab {
  /** Stable id, used in element ids and in the URL hash. */
  readonly id: string;
  readonly title: ReactNode;
  /** Renders the panel when the tab is selected. */
  readonly render: () => ReactNode;
}

/** Props of Tabs. */
export interface TabsProps {
  /** What the tabs are about, for screen readers. */
  readonly label: string;
  readonly tabs: readonly Tab[];
  /** The selected tab's id; the first tab when no tab has it. */
  readonly selected: string;
  readonly onSelect: (id: string) => void;
}

/** Renders the tabs and the selected panel. */
export function Tabs({ label, tabs, selected, onSelect }: TabsProps) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];
  if (!current) return null;

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === current.id);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    const tab = tabs[next]!;
    onSelect(tab.id);
    buttons.current.get(tab.id)?.focus();
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" onKeyDown={moveFocus}>
        {tabs.map((tab) => {
          const isSelected = tab.id === current.id;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) buttons.current.set(tab.id, element);
                else buttons.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={isSelected}
              aria-controls={`panel-${tab.id}`}
              tabIndex={isSelected ? 0 : -1}
              className="tab"
              onClick={() => onSelect(tab.id)}
            >
              {tab.title}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`panel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
        className="tab-panel"
      >
        {current.render()}
      </div>
    </div>
  );
}
