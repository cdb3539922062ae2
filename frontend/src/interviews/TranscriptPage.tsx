import { memo, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Code, Coder, Fragment, FragmentState, InterviewSummary, Memo, SpanApplication, TextSpan } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { Field } from '../ui/Field';
import { useDocumentTitle, useResource } from '../ui/hooks';
import { PageHeading } from '../ui/PageHeading';
import { CodedText } from './CodedText';
import { CodeMargin } from './CodeMargin';
import { CodePicker, rememberCode, type Pick } from './CodePicker';
import { selectedSpan, selectionInFragment } from './selection';
import { TranscriptMemos } from './TranscriptMemos';
import { ProjectRoleProvider, useCan } from '../projects/role';
import { MediaPlayer, type PlayerControls } from './MediaPlayer';
import { RecordingStatus } from './RecordingStatus';
import { SpeakerRenameForm } from './SpeakerRenameForm';
import { SpokenLanguageControl } from './SpokenLanguageControl';

/** Fragments per request; a transcript is read whole (page after page) so any fragment can be jumped to. */
const FRAGMENT_PAGE = 500;

interface Target {
  fragment: string;
  quote: TextSpan | null;
}

interface TranscriptPageProps {
  projectId: string;
  interviewId: string;
  fragment: string | null;
  quote: TextSpan | null;
  q: string | null;
  speaker: string | null;
}

/**
 * One interview as the researcher reads it: speakers, timestamps, search with highlighted matches, and the
 * fragment an evidence link points at (`?fragment=<id>&quote=<start>-<end>` or `#fragment-<id>`) scrolled
 * into view with the quoted span marked.
 */
export function TranscriptPage(props: TranscriptPageProps) {
  const { projectId, interviewId } = props;
  const { t } = useI18n();
  const [project] = useResource(`project:${projectId}`, (signal) => api.getProject(projectId, signal));
  const [interview, reload] = useResource(`interview:${interviewId}`, (signal) => api.getInterview(interviewId, signal));
  // what the researcher changed here (a renamed speaker, an attached transcript, a finished transcription)
  const [changed, setChanged] = useState<InterviewSummary | null>(null);
  const current = changed?.id === interviewId ? changed : interview.status === 'ready' ? interview.data : null;
  useDocumentTitle(current ? current.participant : t.interviews.title);

  return (
    <>
      <nav className="breadcrumb" aria-label={t.transcript.breadcrumb}>
        <Link href={paths.projects()}>{t.app.projects}</Link>
        <span aria-hidden="true"> / </span>
        <Link href={paths.project(projectId)}>{project.status === 'ready' ? project.data.name : t.transcript.project}</Link>
        <span aria-hidden="true"> / </span>
        <Link href={paths.project(projectId, 'interviews')}>{t.interviews.title}</Link>
      </nav>
      {interview.status === 'loading' && <Loading />}
      {interview.status === 'error' && (
        <>
          <PageHeading>{t.interviews.title}</PageHeading>
          <ErrorNotice message={errorText(interview.error, t)} onRetry={reload} />
        </>
      )}
      {current && current.status !== 'ready' && (
        <ProjectRoleProvider role={project.status === 'ready' ? project.data.role : 'viewer'}>
          <InterviewHeader interview={current} onChanged={setChanged} />
          <RecordingStatus interview={current} onChanged={setChanged} />
        </ProjectRoleProvider>
      )}
      {current && current.status === 'ready' && (
        <ProjectRoleProvider role={project.status === 'ready' ? project.data.role : 'viewer'}>
          <Transcript {...props} interview={current} onChanged={setChanged} />
        </ProjectRoleProvider>
      )}
    </>
  );
}

function InterviewHeader({ interview, onChanged }: { interview: InterviewSummary; onChanged(next: InterviewSummary): void }) {
  const { t, lang, formatDate } = useI18n();
  return (
    <header className="transcript-header">
      <PageHeading>{interview.participant}</PageHeading>
      <p className="transcript-header__meta">
        <span className="filename">{interview.source_filename}</span>
        <span className="tag tag--quiet">{interview.format.toUpperCase()}</span>
        <SpokenLanguageControl interview={interview} onChanged={onChanged} />
        {interview.media && <span>{t.media.duration(clock(interview.media.duration_ms))}</span>}
        <span>{t.transcript.counts(interview.fragment_count, interview.word_count.toLocaleString(lang))}</span>
        <span>{t.transcript.uploaded(formatDate(interview.created_at))}</span>
      </p>
      {interview.speakers.length > 0 && (
        <p className="transcript-header__speakers">
          <span className="muted">{t.transcript.speakers}:</span>{' '}
          {interview.speakers.map((name) => (
            <span key={name} className={`speaker speaker--${speakerIndex(interview, name)}`}>
              {name}
            </span>
          ))}
        </p>
      )}
    </header>
  );
}

function Transcript({
  interview,
  fragment,
  quote,
  q,
  speaker,
  onChanged,
}: TranscriptPageProps & { interview: InterviewSummary; onChanged(next: InterviewSummary): void }) {
  const { t } = useI18n();
  const [filters, setFilters] = useState({ q: q ?? '', speaker: speaker ?? '' });
  const [target, setTarget] = useState<Target | null>(() => initialTarget(fragment, quote));
  const [renamedNotice, setRenamedNotice] = useState<string | null>(null);
  const mayCode = useCan()('coder');
  const player = useRef<PlayerControls>(null);
  const [position, setPosition] = useState<number | null>(null);
  const filtered = filters.q !== '' || filters.speaker !== '';
  const [fragments, reload] = useResource(`fragments:${interview.id}:${interview.speakers.join('|')}:${filters.speaker}:${filters.q}`, (signal) =>
    readAll(interview.id, filters, signal),
  );
  // Whose coding is shown: everyone's, or one coder's layer.
  const [coder, setCoder] = useState('');
  // Bumped after a code is applied, changed or removed, so the spans and states are read again.
  const [version, setVersion] = useState(0);
  const [coders] = useResource(`coders:${interview.project_id}`, (signal) => api.listCoders(interview.project_id, signal));
  // Where each fragment stands in coding; without it the transcript still reads, only the marks are missing.
  const [codingState] = useResource(`coding-state:${interview.id}:${coder}:${version}`, (signal) =>
    api.getCodingState(interview.id, signal, coder || undefined),
  );
  const states = useLatest(codingState.status === 'ready' ? Object.fromEntries(codingState.data.fragments.map((f) => [f.fragment_id, f.state])) : null);
  const [spans] = useResource(`code-applications:${interview.id}:${coder}:${version}`, (signal) =>
    api.listInterviewApplications(interview.id, signal, coder || undefined),
  );
  const applications = useLatest(spans.status === 'ready' ? spans.data.applications : null);
  const [codes, reloadCodes] = useResource(`picker-codes:${interview.project_id}:${mayCode}`, (signal) =>
    mayCode ? readCodes(interview.project_id, signal) : Promise.resolve([] as Code[]),
  );
  const [memos] = useResource(`memos:${interview.project_id}`, (signal) => api.listMemos(interview.project_id, signal));

  return (
    <>
      <InterviewHeader interview={interview} onChanged={onChanged} />
      {mayCode && interview.speakers.length > 0 && (
        <SpeakerRenameForm
          interview={interview}
          onRenamed={(next, notice) => {
            setRenamedNotice(notice);
            onChanged(next);
          }}
        />
      )}
      {renamedNotice && (
        <p className="notice notice--success" role="status">
          {renamedNotice}
        </p>
      )}
      {interview.media && <MediaPlayer ref={player} interviewId={interview.id} onTime={setPosition} />}
      {coders.status === 'ready' && coders.data.length > 0 && <CoderFilter coders={coders.data} value={coder} onChange={setCoder} />}
      {memos.status === 'ready' && applications && <TranscriptMemos interviewId={interview.id} memos={memos.data} applications={applications} />}
      <SearchBar
        interview={interview}
        initial={filters}
        onSearch={(next) => {
          setTarget(null);
          setFilters(next);
        }}
      />
      {fragments.status === 'loading' && <Loading />}
      {fragments.status === 'error' && <ErrorNotice message={errorText(fragments.error, t)} onRetry={reload} />}
      {fragments.status === 'ready' && (
        <FragmentList
          interview={interview}
          fragments={fragments.data}
          states={states}
          applications={applications ?? []}
          codes={codes.status === 'ready' ? codes.data : null}
          memos={memos.status === 'ready' ? memos.data : []}
          onCoded={(newCode) => {
            setVersion((n) => n + 1);
            if (newCode) reloadCodes();
          }}
          filtered={filtered}
          target={target}
          position={position}
          onSeek={interview.media ? (ms) => player.current?.seek(ms) : null}
          onShowInTranscript={(id) => {
            setFilters({ q: '', speaker: '' });
            setTarget({ fragment: id, quote: null });
          }}
        />
      )}
    </>
  );
}

function initialTarget(fragment: string | null, quote: TextSpan | null): Target | null {
  if (fragment) return { fragment, quote };
  const hash = /^#fragment-(.+)$/.exec(window.location.hash);
  return hash?.[1] ? { fragment: decodeURIComponent(hash[1]), quote: null } : null;
}

async function readAll(interviewId: string, filters: { q: string; speaker: string }, signal: AbortSignal): Promise<Fragment[]> {
  const all: Fragment[] = [];
  for (let page = 0; ; page++) {
    const next = await api.listFragments(interviewId, { page, size: FRAGMENT_PAGE, speaker: filters.speaker, q: filters.q }, signal);
    all.push(...next.items);
    if (page + 1 >= next.total_pages || next.items.length === 0) return all;
  }
}

async function readCodes(projectId: string, signal: AbortSignal): Promise<Code[]> {
  const all: Code[] = [];
  for (let page = 0; ; page++) {
    const next = await api.listCodes(projectId, { sort: 'label', page, size: 500 }, signal);
    all.push(...next.items);
    if (page + 1 >= next.total_pages || next.items.length === 0) return all;
  }
}

/** The last non-null value: while a resource reloads, the page keeps showing what it had. */
function useLatest<T>(value: T | null): T | null {
  const last = useRef<T | null>(null);
  if (value !== null) last.current = value;
  return value ?? last.current;
}

function CoderFilter({ coders, value, onChange }: { coders: Coder[]; value: string; onChange(coder: string): void }) {
  const { t } = useI18n();
  return (
    <div className="transcript-coder">
      <Field label={t.transcript.coderFilter} hint={t.transcript.coderFilterHint}>
        {(control) => (
          <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">{t.coding.everyone}</option>
            {coders.map((c) => (
              <option key={c.id} value={c.id}>
                {c.display_name} ({t.transcript.coderKinds[c.kind]})
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

function SearchBar({
  interview,
  initial,
  onSearch,
}: {
  interview: InterviewSummary;
  initial: { q: string; speaker: string };
  onSearch(filters: { q: string; speaker: string }): void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState(initial.q);
  const [speaker, setSpeaker] = useState(initial.speaker);
  useEffect(() => {
    setQ(initial.q);
    setSpeaker(initial.speaker);
  }, [initial.q, initial.speaker]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ q: q.trim(), speaker });
  };
  const active = initial.q !== '' || initial.speaker !== '';
  return (
    <form className="transcript-search" role="search" onSubmit={submit}>
      <div className="transcript-search__query">
        <Field label={t.transcript.search} hint={t.transcript.searchHint}>
          {(control) => <input {...control} type="search" value={q} maxLength={200} onChange={(e) => setQ(e.target.value)} />}
        </Field>
      </div>
      {interview.speakers.length > 1 && (
        <div className="transcript-search__speaker">
          <Field label={t.transcript.speaker}>
            {(control) => (
              <select
                {...control}
                value={speaker}
                onChange={(e) => {
                  setSpeaker(e.target.value);
                  onSearch({ q: q.trim(), speaker: e.target.value });
                }}
              >
                <option value="">{t.transcript.allSpeakers}</option>
                {interview.speakers.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      <div className="transcript-search__actions button-row">
        <button type="submit" className="button button--primary">
          {t.transcript.searchButton}
        </button>
        {active && (
          <button type="button" className="button button--secondary" onClick={() => onSearch({ q: '', speaker: '' })}>
            {t.transcript.clear}
          </button>
        )}
      </div>
    </form>
  );
}

interface FragmentListProps {
  interview: InterviewSummary;
  fragments: Fragment[];
  states: Record<string, FragmentState> | null;
  /** The interview's coded spans (of the coder shown). */
  applications: readonly SpanApplication[];
  /** The codebook for the picker; null while it loads. */
  codes: Code[] | null;
  memos: readonly Memo[];
  /** A code was applied, changed or removed; `newCode` when the codebook grew. */
  onCoded(newCode: boolean): void;
  filtered: boolean;
  target: Target | null;
  /** Where playback is, in milliseconds; null before anything played. */
  position: number | null;
  /** Seeks the recording; null when the interview has none. */
  onSeek: ((ms: number) => void) | null;
  onShowInTranscript(fragmentId: string): void;
}

/** What the picker is open for: a span of a fragment, and the application it replaces when changing a code. */
interface Picking {
  fragment: Fragment;
  span: TextSpan;
  replacing: SpanApplication | null;
}

function FragmentList(props: FragmentListProps) {
  const { interview, fragments, states, applications, codes, memos, onCoded, filtered, target, position, onSeek, onShowInTranscript } = props;
  const { t } = useI18n();
  const mayCode = useCan()('coder');
  const [picking, setPicking] = useState<Picking | null>(null);
  const [activeApp, setActiveApp] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [changed, setChanged] = useState<Record<string, FragmentState>>({});
  const [marking, setMarking] = useState<string | null>(null);
  const [markError, setMarkError] = useState<string | null>(null);
  const stateOf = (id: string): FragmentState | null => changed[id] ?? states?.[id] ?? null;
  const toggleRelevance = async (f: Fragment, notRelevant: boolean) => {
    setMarking(f.id);
    setMarkError(null);
    try {
      const result = await api.setRelevance(f.id, notRelevant);
      setChanged((now) => ({ ...now, [f.id]: result.state }));
      setNotice(result.state === 'not_relevant' ? t.transcript.markedNotRelevant(f.ordinal + 1) : t.transcript.markedRelevant(f.ordinal + 1));
    } catch (error) {
      setMarkError(errorText(error, t));
    } finally {
      setMarking(null);
    }
  };
  const [notice, setNotice] = useState<string | null>(null);
  const byFragment = useMemo(() => groupByFragment(applications), [applications]);
  const memosByCode = useMemo(() => {
    const map = new Map<string, Memo[]>();
    for (const memo of memos) if (memo.code_id) map.set(memo.code_id, [...(map.get(memo.code_id) ?? []), memo]);
    return map;
  }, [memos]);
  // The selection is read when the pointer goes down on "Apply code…", before the click can move focus.
  const pending = useRef<{ fragment: string; span: TextSpan } | null>(null);
  const capture = (f: Fragment) => {
    const span = selectedSpan(textOf(f));
    pending.current = span ? { fragment: f.id, span } : null;
  };
  const openPicker = (f: Fragment, span: TextSpan | null, replacing: SpanApplication | null = null) => {
    const captured = pending.current?.fragment === f.id ? pending.current.span : null;
    pending.current = null;
    setNotice(null);
    setFailure(null);
    setActiveApp(replacing?.id ?? null);
    setPicking({ fragment: f, span: span ?? captured ?? selectedSpan(textOf(f)) ?? { start: 0, end: f.text.length }, replacing });
  };
  const closePicker = () => {
    const at = picking?.fragment.id;
    setPicking(null);
    setFailure(null);
    if (at) document.getElementById(`fragment-${at}`)?.focus({ preventScroll: true });
  };
  const pick = async (choice: Pick) => {
    if (!picking) return;
    const { fragment: f, span, replacing } = picking;
    setBusy(true);
    setFailure(null);
    try {
      // A new code is created first and then applied by id, to exactly the selected offsets.
      const code = 'code' in choice ? choice.code : await api.createCode(interview.project_id, { label: choice.label });
      rememberCode(interview.project_id, code.id);
      const application = await api.applyCode(f.id, { code_id: code.id, quote_start: span.start, quote_end: span.end });
      if (replacing && replacing.id !== application.id) await api.removeApplication(replacing.id);
      setPicking(null);
      setActiveApp(null);
      setChanged((now) => ({ ...now, [f.id]: 'coded' }));
      setNotice(replacing ? t.transcript.changed(replacing.code_label, code.label) : t.transcript.applied(code.label, application.quote));
      onCoded(!('code' in choice));
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (application: SpanApplication) => {
    setBusy(true);
    setMarkError(null);
    try {
      await api.removeApplication(application.id);
      setActiveApp(null);
      setChanged((now) => {
        const next = { ...now };
        delete next[application.fragment_id];
        return next;
      });
      setNotice(t.transcript.removed(application.code_label, application.quote));
      onCoded(false);
    } catch (error) {
      setMarkError(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };
  const missing = target !== null && !filtered && !fragments.some((f) => f.id === target.fragment);
  const speaking = position === null ? null : spokenAt(fragments, position);

  const act = useRef<RowActions>(null!);
  act.current = {
    picking: () => picking !== null,
    openPicker,
    closePicker,
    pick,
    remove,
    setActiveApp,
    toggleRelevance,
    capture,
    onSeek,
    onShowInTranscript,
  };

  // Keyboard shortcuts (docs/frontend.md): c codes the selection (or the focused fragment), j/k move between
  // fragments, Esc closes the picker or the open application. Keys typed into a field are left alone.
  const latest = useRef({ fragments, picking, activeApp, filtered, mayCode, openPicker, closePicker });
  latest.current = { fragments, picking, activeApp, filtered, mayCode, openPicker, closePicker };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const now = latest.current;
      if (event.key === 'Escape') {
        if (now.picking) now.closePicker();
        else if (now.activeApp) setActiveApp(null);
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (event.key === 'c' && now.mayCode && !now.filtered && !now.picking) {
        const selected = selectionInFragment();
        const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.fragment');
        const id = selected?.fragmentId ?? focused?.id.replace(/^fragment-/, '');
        const f = now.fragments.find((x) => x.id === id);
        if (!f) return;
        event.preventDefault();
        now.openPicker(f, selected?.span ?? null);
      } else if (event.key === 'j' || event.key === 'k') {
        const items = [...document.querySelectorAll<HTMLElement>('li.fragment')];
        if (items.length === 0) return;
        const current = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('li.fragment');
        const at = current ? items.indexOf(current) : -1;
        const next = items[Math.max(0, Math.min(items.length - 1, at + (event.key === 'j' ? 1 : -1)))];
        event.preventDefault();
        next?.focus({ preventScroll: true });
        next?.scrollIntoView?.({ block: 'nearest' });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!target || filtered) return;
    const element = document.getElementById(`fragment-${target.fragment}`);
    if (element) {
      element.scrollIntoView?.({ block: 'center' });
      element.focus({ preventScroll: true });
    }
  }, [target, filtered, fragments]);

  return (
    <section className="transcript" aria-label={t.transcript.transcript}>
      {filtered && (
        <p className="list-count" role="status">
          {t.transcript.matches(fragments.length)}
        </p>
      )}
      {missing && <ErrorNotice message={t.transcript.fragmentNotFound} />}
      {markError && <ErrorNotice message={markError} />}
      {!filtered && mayCode && <p className="muted transcript__hint">{t.transcript.applyHint}</p>}
      <div role="status" className={notice ? 'notice notice--success transcript__notice' : 'visually-hidden'}>
        {notice}
      </div>
      <ol className="fragments">
        {fragments.map((f) => {
          const pickingHere = picking?.fragment.id === f.id;
          const coded = byFragment.get(f.id) ?? NONE;
          const activeHere = activeApp !== null && coded.some((a) => a.id === activeApp);
          return (
            <FragmentRow
              key={f.id}
              f={f}
              interview={interview}
              coded={coded}
              state={stateOf(f.id)}
              targeted={!filtered && target?.fragment === f.id}
              quote={!filtered && target?.fragment === f.id ? target.quote : null}
              filtered={filtered}
              picking={pickingHere ? picking : null}
              codes={pickingHere ? codes : null}
              busy={(pickingHere || activeHere) && busy}
              failure={pickingHere ? failure : null}
              activeApp={activeHere ? activeApp : null}
              memos={memosByCode}
              mayCode={mayCode}
              marking={marking === f.id}
              speaking={speaking === f.id}
              canSeek={onSeek !== null}
              act={act}
            />
          );
        })}
      </ol>
    </section>
  );
}

const NONE: SpanApplication[] = [];

/** What a fragment row calls back; a ref, so the rows stay memoised while the list's state changes. */
interface RowActions {
  picking(): boolean;
  openPicker(f: Fragment, span: TextSpan | null, replacing?: SpanApplication | null): void;
  closePicker(): void;
  pick(choice: Pick): Promise<void>;
  remove(application: SpanApplication): Promise<void>;
  setActiveApp(id: string | null): void;
  toggleRelevance(f: Fragment, notRelevant: boolean): Promise<void>;
  capture(f: Fragment): void;
  onSeek: ((ms: number) => void) | null;
  onShowInTranscript(fragmentId: string): void;
}

interface FragmentRowProps {
  f: Fragment;
  interview: InterviewSummary;
  coded: readonly SpanApplication[];
  state: FragmentState | null;
  targeted: boolean;
  quote: TextSpan | null;
  filtered: boolean;
  /** The picker, when it is open on this fragment. */
  picking: Picking | null;
  codes: Code[] | null;
  busy: boolean;
  failure: string | null;
  /** The application whose details are open, when it is one of this fragment's. */
  activeApp: string | null;
  memos: ReadonlyMap<string, Memo[]>;
  mayCode: boolean;
  marking: boolean;
  speaking: boolean;
  canSeek: boolean;
  act: { current: RowActions };
}

/** One fragment: meta, painted text, picker, margin and actions. Memoised: opening the picker re-renders one row. */
const FragmentRow = memo(function FragmentRow(props: FragmentRowProps) {
  const { f, interview, coded, state, targeted, quote, filtered, picking, codes, busy, failure, activeApp, memos, mayCode, marking, speaking, canSeek, act } =
    props;
  const { t } = useI18n();
  const pickingHere = picking !== null;
  const marks = filtered ? f.highlights : picking ? [picking.span] : quote ? [quote] : [];
  const classes = [
    'fragment',
    coded.length > 0 || pickingHere ? 'fragment--coding' : '',
    targeted ? 'fragment--target' : '',
    state === 'not_relevant' ? 'fragment--not-relevant' : '',
    speaking ? 'fragment--speaking' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li key={f.id} id={`fragment-${f.id}`} tabIndex={-1} className={classes} aria-current={speaking ? 'true' : undefined}>
      <div className="fragment__body">
        <div className="fragment__meta">
          <span className={`speaker speaker--${f.speaker ? speakerIndex(interview, f.speaker) : 'none'}`}>{f.speaker ?? t.transcript.noSpeaker}</span>
          {f.start_ms !== null && canSeek && (
            <button
              type="button"
              className="button button--ghost button--small fragment__time fragment__seek"
              aria-label={t.media.playFrom(clock(f.start_ms), f.ordinal + 1)}
              onClick={() => act.current.onSeek?.(f.start_ms ?? 0)}
            >
              ▶ {clock(f.start_ms)}
            </button>
          )}
          {f.start_ms !== null && !canSeek && <span className="fragment__time">{clock(f.start_ms)}</span>}
          {speaking && <span className="visually-hidden">{t.media.speaking}</span>}
          <span className="fragment__number">{t.transcript.fragment(f.ordinal + 1)}</span>
          {state === 'coded' && <span className="tag tag--quiet fragment__state">{t.transcript.stateCoded}</span>}
          {state === 'not_relevant' && <span className="tag fragment__state fragment__state--not-relevant">{t.transcript.stateNotRelevant}</span>}
          {state === 'examined' && <span className="tag tag--quiet fragment__state">{t.transcript.stateExamined}</span>}
        </div>
        <p
          className="fragment__text"
          onMouseUp={() => {
            if (filtered || !mayCode || act.current.picking()) return;
            const span = selectedSpan(textOf(f));
            if (span) act.current.openPicker(f, span);
          }}
        >
          <CodedText
            text={f.text}
            applications={filtered ? [] : coded}
            marks={marks}
            markClass={filtered ? 'match' : pickingHere ? 'pending' : 'quote'}
            activeId={activeApp}
          />
        </p>
        {filtered && (
          <button type="button" className="button button--ghost button--small" onClick={() => act.current.onShowInTranscript(f.id)}>
            {t.transcript.showInTranscript}
          </button>
        )}
        {pickingHere && codes === null && <Loading />}
        {pickingHere && codes !== null && (
          <CodePicker
            projectId={interview.project_id}
            quote={f.text.slice(picking.span.start, picking.span.end)}
            codes={codes}
            busy={busy}
            failure={failure}
            title={picking.replacing ? t.transcript.changeTitle(picking.replacing.code_label) : t.transcript.applyTitle}
            onPick={(choice) => void act.current.pick(choice)}
            onCancel={() => act.current.closePicker()}
          />
        )}
      </div>
      {!filtered && (
        <CodeMargin
          fragmentNumber={f.ordinal + 1}
          applications={coded}
          activeId={activeApp}
          memos={memos}
          mayCode={mayCode}
          busy={busy}
          onSelect={(id) => act.current.setActiveApp(id)}
          onRemove={(a) => void act.current.remove(a)}
          onChangeCode={(a) => act.current.openPicker(f, { start: a.quote_start, end: a.quote_end }, a)}
        />
      )}
      {!filtered && mayCode && !pickingHere && (
        <div className="fragment__actions">
          {(state === 'unexamined' || state === 'examined' || state === 'not_relevant') && (
            <button
              type="button"
              className="button button--ghost button--small fragment__relevance"
              aria-pressed={state === 'not_relevant'}
              aria-label={state === 'not_relevant' ? t.transcript.markRelevantFor(f.ordinal + 1) : t.transcript.markNotRelevantFor(f.ordinal + 1)}
              disabled={marking}
              onClick={() => void act.current.toggleRelevance(f, state !== 'not_relevant')}
            >
              {state === 'not_relevant' ? t.transcript.markRelevant : t.transcript.markNotRelevant}
            </button>
          )}
          <button
            type="button"
            className="button button--ghost button--small fragment__apply"
            aria-label={t.transcript.applyLabelFor(f.ordinal + 1)}
            onPointerDown={() => act.current.capture(f)}
            onClick={() => act.current.openPicker(f, null)}
          >
            {t.transcript.applyButton}
          </button>
        </div>
      )}
    </li>
  );
});

function textOf(f: Fragment): HTMLElement | null {
  return document.querySelector<HTMLElement>(`#fragment-${CSS.escape(f.id)} .fragment__text`);
}

function groupByFragment(applications: readonly SpanApplication[]): Map<string, SpanApplication[]> {
  const map = new Map<string, SpanApplication[]>();
  for (const a of applications) map.set(a.fragment_id, [...(map.get(a.fragment_id) ?? []), a]);
  return map;
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function speakerIndex(interview: InterviewSummary, speaker: string): number {
  const index = interview.speakers.indexOf(speaker);
  return index < 0 ? 0 : index % 6;
}

/** The fragment being spoken at `ms`: the last one that started by then and has not ended (or has no end). */
export function spokenAt(fragments: Fragment[], ms: number): string | null {
  let found: Fragment | null = null;
  for (const f of fragments) {
    if (f.start_ms !== null && f.start_ms <= ms && (found === null || (found.start_ms ?? 0) <= f.start_ms)) found = f;
  }
  if (found === null) return null;
  return found.end_ms === null || ms < found.end_ms + 250 ? found.id : null;
}

/** `m:ss` or `h:mm:ss`. */
export function clock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
