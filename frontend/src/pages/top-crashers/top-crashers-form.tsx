/** The filters of Top Crashers: product, versions, process type, platform, days and the rest. */
import { useId, useState, type ReactNode } from 'react';
import type { Product } from '../home/products-query';
import { TOP_CRASHERS_CHOICES, type TopCrashersParams } from './top-crashers-params';

/** Props of TopCrashersForm. */
export interface TopCrashersFormProps {
  readonly params: TopCrashersParams;
  readonly products: readonly Product[];
  readonly platforms: readonly string[];
  /** Called with the chosen filters. */
  readonly onSubmit: (params: TopCrashersParams) => void;
}

const LABELS: Record<string, string> = {
  any: 'any',
  parent: 'parent (browser)',
  crash: 'crash',
  hang: 'hang',
  realtime: 'ending now',
  byday: 'ending today at 00:00 UTC',
  report: 'report date',
  build: 'build date',
};

function Select({
  label,
  value,
  onChange,
  children,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

function options(values: readonly (string | number)[]) {
  return values.map((value) => (
    <option key={value} value={String(value)}>
      {LABELS[String(value)] ?? String(value)}
    </option>
  ));
}

/** Renders the form. */
export function TopCrashersForm({ params, products, platforms, onSubmit }: TopCrashersFormProps) {
  const [draft, setDraft] = useState(params);
  const versionsId = useId();
  const versions = products.find((product) => product.name === draft.product)?.versions ?? [];
  const set = (changes: Partial<TopCrashersParams>) => setDraft({ ...draft, ...changes });
  const number = (value: string) => (value === '' ? undefined : Number(value));
  return (
    <form
      className="filter-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(draft);
      }}
    >
      <Select
        label="Product"
        value={draft.product}
        onChange={(product) => set({ product, versions: [] })}
      >
        <option value="">Choose a product</option>
        {options(products.map((product) => product.name))}
      </Select>
      <div className="field">
        <label htmlFor={versionsId}>Versions</label>
        <select
          id={versionsId}
          multiple
          size={Math.min(4, Math.max(versions.length, 2))}
          value={[...draft.versions]}
          onChange={(event) =>
            set({ versions: [...event.target.selectedOptions].map((option) => option.value) })
          }
        >
          {options(versions.map((version) => version.version))}
        </select>
      </div>
      <Select
        label="Process type"
        value={draft.processType ?? TOP_CRASHERS_CHOICES.processType[0]}
        onChange={(processType) => set({ processType })}
      >
        {options(TOP_CRASHERS_CHOICES.processType)}
      </Select>
      <Select
        label="Platform"
        value={draft.platform ?? ''}
        onChange={(platform) => set({ platform: platform || undefined })}
      >
        <option value="">All</option>
        {options(platforms)}
      </Select>
      <Select
        label="Report type"
        value={draft.reportType ?? TOP_CRASHERS_CHOICES.reportType[0]}
        onChange={(reportType) => set({ reportType })}
      >
        {options(TOP_CRASHERS_CHOICES.reportType)}
      </Select>
      <Select
        label="Days"
        value={String(draft.days ?? TOP_CRASHERS_CHOICES.days[0])}
        onChange={(days) => set({ days: number(days) })}
      >
        {options([...TOP_CRASHERS_CHOICES.days].sort((a, b) => a - b))}
      </Select>
      <Select
        label="Window"
        value={draft.mode ?? TOP_CRASHERS_CHOICES.mode[0]}
        onChange={(mode) => set({ mode })}
      >
        {options(TOP_CRASHERS_CHOICES.mode)}
      </Select>
      <Select
        label="By"
        value={draft.rangeType ?? TOP_CRASHERS_CHOICES.rangeType[0]}
        onChange={(rangeType) => set({ rangeType })}
      >
        {options(TOP_CRASHERS_CHOICES.rangeType)}
      </Select>
      <Select
        label="Signatures"
        value={String(draft.resultCount ?? TOP_CRASHERS_CHOICES.resultCount[0])}
        onChange={(resultCount) => set({ resultCount: number(resultCount) })}
      >
        {options(TOP_CRASHERS_CHOICES.resultCount)}
      </Select>
      <button type="submit" disabled={draft.product === ''}>
        Show
      </button>
    </form>
  );
}
