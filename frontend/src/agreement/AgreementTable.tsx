import type { AgreementCode, AgreementCounts, AgreementReport, AgreementUndefinedReason } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { KAPPA_BANDS, kappaBand } from './bands';

interface AgreementTableProps {
  report: AgreementReport;
  /** The code whose disagreements are open, if any. */
  open: string | null;
  onOpen: (codeId: string) => void;
}

/**
 * Lowest κ first (the codes to discuss), codes whose κ is not defined last. The server sends them in this
 * order already; sorting again keeps the table right whatever order arrives.
 */
export function byKappa(codes: readonly AgreementCode[]): AgreementCode[] {
  return [...codes].sort((x, y) => {
    if (x.kappa === null || y.kappa === null) return x.kappa === y.kappa ? x.label.localeCompare(y.label) : x.kappa === null ? 1 : -1;
    return x.kappa - y.kappa || x.label.localeCompare(y.label);
  });
}

/** One row per code: the coefficients (κ coloured by strength), observed agreement, prevalences and counts. */
export function AgreementTable({ report, open, onOpen }: AgreementTableProps) {
  const { t } = useI18n();
  const f = useFormats();
  const unitized = report.unit === 'character';
  const a = t.agreement;
  return (
    <div className="table-scroll">
      <table className="data-table agreement-table">
        <caption className="visually-hidden">{a.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{a.code}</th>
            <th scope="col">{a.category}</th>
            <th scope="col" className="numeric coefficient" title={a.titles.kappa}>
              {a.kappa}
            </th>
            <th scope="col" className="numeric coefficient" title={a.titles.alpha}>
              {a.alpha}
            </th>
            {unitized && (
              <th scope="col" className="numeric coefficient" title={a.titles.alphaU}>
                {a.alphaU}
              </th>
            )}
            <th scope="col" className="numeric coefficient" title={a.titles.ac1}>
              {a.ac1}
            </th>
            <th scope="col" className="numeric" title={a.titles.observed}>
              {a.observed}
            </th>
            <th scope="col" className="numeric" title={`${a.titles.prevalenceA}: ${report.coder_a.display_name}`}>
              {a.prevalenceA}
            </th>
            <th scope="col" className="numeric" title={`${a.titles.prevalenceB}: ${report.coder_b.display_name}`}>
              {a.prevalenceB}
            </th>
            <th scope="col" className="numeric">
              {a.both}
            </th>
            <th scope="col" className="numeric">
              {a.onlyA}
            </th>
            <th scope="col" className="numeric">
              {a.onlyB}
            </th>
            <th scope="col" className="numeric">
              {a.neither}
            </th>
            <th scope="col" className="numeric">
              {a.disagreements}
            </th>
          </tr>
        </thead>
        <tbody>
          {byKappa(report.codes).map((code) => (
            <tr key={code.code_id} className={open === code.code_id ? 'is-selected' : undefined}>
              <th scope="row">
                {code.color && (
                  // An SVG fill, not a style attribute: the server's Content-Security-Policy allows no inline styles.
                  <svg className="code-swatch" viewBox="0 0 10 10" aria-hidden="true">
                    <rect width="10" height="10" rx="2" fill={code.color} />
                  </svg>
                )}
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={open === code.code_id}
                  aria-label={a.showDisagreements(code.label)}
                  onClick={() => onOpen(code.code_id)}
                >
                  {code.label}
                </button>
              </th>
              <td>{code.category_name ?? <span className="muted">{t.coding.ungrouped}</span>}</td>
              <Coefficient value={code.kappa} reason={code.undefined_reason} banded />
              <Coefficient value={code.alpha} reason={code.undefined_reason} />
              {unitized && <Coefficient value={code.alpha_u} reason={code.undefined_reason} />}
              <Coefficient value={code.ac1} reason={code.undefined_reason} />
              <td className="numeric">{f.percent(code.observed)}</td>
              <td className="numeric">{f.percent(code.prevalence_a)}</td>
              <td className="numeric">{f.percent(code.prevalence_b)}</td>
              <Counts counts={code} />
              <td className="numeric">{code.disagreement_count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="agreement-table__overall">
            <th scope="row" title={a.pooledTitle}>
              {a.pooled}
            </th>
            <td />
            <Coefficient value={report.overall.pooled.kappa} reason={null} banded />
            <Coefficient value={report.overall.pooled.alpha} reason={null} />
            {unitized && <Coefficient value={report.overall.pooled_alpha_u} reason={null} />}
            <Coefficient value={report.overall.pooled.ac1} reason={null} />
            <td className="numeric">{f.percent(report.overall.pooled.observed)}</td>
            <td />
            <td />
            <Counts counts={report.overall.pooled} />
            <td className="numeric">{report.codes.reduce((n, c) => n + c.disagreement_count, 0)}</td>
          </tr>
          <tr className="agreement-table__overall">
            <th scope="row">{a.mean}</th>
            <td className="muted">{a.withVariation(report.overall.codes_with_variation, report.overall.codes)}</td>
            <Coefficient value={report.overall.mean_kappa} reason={null} banded />
            {/* With the character unit the server's mean α is the mean of the unitized α_u. */}
            {unitized ? <td /> : <Coefficient value={report.overall.mean_alpha} reason={null} />}
            {unitized && <Coefficient value={report.overall.mean_alpha} reason={null} />}
            <Coefficient value={report.overall.mean_ac1} reason={null} />
            <td className="numeric">{f.percent(report.overall.mean_observed)}</td>
            <td colSpan={7} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Counts({ counts }: { counts: AgreementCounts }) {
  return (
    <>
      <td className="numeric">{counts.both}</td>
      <td className="numeric">{counts.only_a}</td>
      <td className="numeric">{counts.only_b}</td>
      <td className="numeric">{counts.neither}</td>
    </>
  );
}

/** A coefficient, or "—" with the reason it is not defined; κ cells carry the colour and name of their band. */
function Coefficient({ value, reason, banded = false }: { value: number | null; reason: AgreementUndefinedReason | null; banded?: boolean }) {
  const { t } = useI18n();
  const f = useFormats();
  if (value === null) {
    const why = reason ? t.agreement.undefinedReasons[reason] : t.agreement.notDefined;
    return (
      <td className="numeric">
        <span className="not-defined" title={why}>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{why}</span>
        </span>
      </td>
    );
  }
  if (!banded) return <td className="numeric">{f.coefficient(value)}</td>;
  const band = kappaBand(value);
  return (
    <td className={`numeric kappa kappa--${band}`} data-band={band}>
      {f.coefficient(value)} <span className="kappa__band">{t.agreement.bands[band]}</span>
    </td>
  );
}

/** The Landis & Koch bands the κ colours stand for, with the source. */
export function KappaLegend() {
  const { t } = useI18n();
  return (
    <figure className="kappa-legend" aria-labelledby="kappa-legend-title">
      <figcaption id="kappa-legend-title">{t.agreement.legend}</figcaption>
      <ul>
        {KAPPA_BANDS.map((band) => (
          <li key={band} className={`kappa kappa--${band}`}>
            <span className="kappa-legend__range">{t.agreement.bandRanges[band]}</span> {t.agreement.bands[band]}
          </li>
        ))}
      </ul>
      <p className="kappa-legend__source">{t.agreement.legendSource}</p>
    </figure>
  );
}

function useFormats() {
  const { lang } = useI18n();
  const coefficient = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  return {
    coefficient: (x: number) => coefficient.format(x),
    percent: (x: number | null) => (x === null ? '—' : percent.format(x)),
  };
}
