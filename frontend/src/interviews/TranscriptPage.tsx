import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Fragment, FragmentState, InterviewSummary, TextSpan } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { Field } from '../ui/Field';
import { useDocumentTitle, useResource } from '../ui/hooks';
import { PageHeading } from '../ui/PageHeading';
import { ApplyCodeForm, selectedSpan } from './ApplyCodeForm';
import { HighlightedText } from './HighlightedText';
import { ProjectRoleProvider, useCan } from '../projects/role';
import { MediaPlayer, type PlayerControls } from './MediaPlayer';
import { RecordingStatus } from './RecordingStatus';
import { SpeakerRenameForm } from './SpeakerRenameForm';

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
          <InterviewHeader interview={current} />
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

function InterviewHeader({ interview }: { interview: InterviewSummary }) {
  const { t, lang, formatDate } = useI18n();
  return (
    <header className="transcript-header">
      <PageHeading>{interview.participant}</PageHeading>
      <p className="transcript-header__meta">
        <span className="filename">{interview.source_filename}</span>
        <span className="tag tag--quiet">{interview.format.toUpperCase()}</span>
        <span className="tag tag--quiet">{t.form.languages[interview.language]}</span>
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
  const [fragments, reload] = useResource(
    `fragments:${interview.id}:${interview.speakers.join('|')}:${filters.speaker}:${filters.q}`,
    (signal) => readAll(interview.id, filters, signal),
  );
  // Where each fragment stands in coding; without it the transcript still reads, only the marks are missing.
  const [codingState] = useResource(`coding-state:${interview.id}`, (signal) => api.getCodingState(interview.id, signal));
  const states = codingState.status === 'ready' ? Object.fromEntries(codingState.data.fragments.map((f) => [f.fragment_id, f.state])) : null;

  return (
    <>
      <InterviewHeader interview={interview} />
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
  filtered: boolean;
  target: Target | null;
  /** Where playback is, in milliseconds; null before anything played. */
  position: number | null;
  /** Seeks the recording; null when the interview has none. */
  onSeek: ((ms: number) => void) | null;
  onShowInTranscript(fragmentId: string): void;
}

function FragmentList({ interview, fragments, states, filtered, target, position, onSeek, onShowInTranscript }: FragmentListProps) {
  const { t } = useI18n();
  const mayCode = useCan()('coder');
  const [applying, setApplying] = useState<{ fragment: Fragment; span: TextSpan } | null>(null);
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
  const [applied, setApplied] = useState<Record<string, TextSpan[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  // The selection is read when the pointer goes down on "Apply code…", before the click can move focus.
  const pending = useRef<{ fragment: string; span: TextSpan } | null>(null);
  const capture = (f: Fragment) => {
    const span = selectedSpan(document.querySelector<HTMLElement>(`#fragment-${CSS.escape(f.id)} .fragment__text`));
    pending.current = span ? { fragment: f.id, span } : null;
  };
  const open = (f: Fragment) => {
    const captured = pending.current?.fragment === f.id ? pending.current.span : null;
    const span = captured ?? selectedSpan(document.querySelector<HTMLElement>(`#fragment-${CSS.escape(f.id)} .fragment__text`)) ?? { start: 0, end: f.text.length };
    pending.current = null;
    setNotice(null);
    setApplying({ fragment: f, span });
  };
  const missing = target !== null && !filtered && !fragments.some((f) => f.id === target.fragment);
  const speaking = position === null ? null : spokenAt(fragments, position);

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
      {!filtered && <p className="muted transcript__hint">{t.transcript.applyHint}</p>}
      <div role="status" className={notice ? 'notice notice--success transcript__notice' : 'visually-hidden'}>
        {notice}
      </div>
      <ol className="fragments">
        {fragments.map((f) => {
          const targeted = !filtered && target?.fragment === f.id;
          const spans = filtered ? f.highlights : [...(targeted && target.quote ? [target.quote] : []), ...(applied[f.id] ?? [])];
          const state = stateOf(f.id);
          const classes = [
            'fragment',
            targeted ? 'fragment--target' : '',
            state === 'not_relevant' ? 'fragment--not-relevant' : '',
            speaking === f.id ? 'fragment--speaking' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <li key={f.id} id={`fragment-${f.id}`} tabIndex={-1} className={classes} aria-current={speaking === f.id ? 'true' : undefined}>
              <div className="fragment__meta">
                <span className={`speaker speaker--${f.speaker ? speakerIndex(interview, f.speaker) : 'none'}`}>
                  {f.speaker ?? t.transcript.noSpeaker}
                </span>
                {f.start_ms !== null && onSeek !== null && (
                  <button
                    type="button"
                    className="button button--ghost button--small fragment__time fragment__seek"
                    aria-label={t.media.playFrom(clock(f.start_ms), f.ordinal + 1)}
                    onClick={() => onSeek(f.start_ms ?? 0)}
                  >
                    ▶ {clock(f.start_ms)}
                  </button>
                )}
                {f.start_ms !== null && onSeek === null && <span className="fragment__time">{clock(f.start_ms)}</span>}
                {speaking === f.id && <span className="visually-hidden">{t.media.speaking}</span>}
                <span className="fragment__number">{t.transcript.fragment(f.ordinal + 1)}</span>
                {state === 'coded' && <span className="tag tag--quiet fragment__state">{t.transcript.stateCoded}</span>}
                {state === 'not_relevant' && <span className="tag fragment__state fragment__state--not-relevant">{t.transcript.stateNotRelevant}</span>}
                {state === 'examined' && <span className="tag tag--quiet fragment__state">{t.transcript.stateExamined}</span>}
              </div>
              <p className="fragment__text">
                <HighlightedText text={f.text} spans={spans} className={filtered ? 'match' : 'quote'} />
              </p>
              {filtered && (
                <button type="button" className="button button--ghost button--small" onClick={() => onShowInTranscript(f.id)}>
                  {t.transcript.showInTranscript}
                </button>
              )}
              {!filtered && mayCode && applying?.fragment.id !== f.id && (
                <div className="fragment__actions">
                  {(state === 'unexamined' || state === 'examined' || state === 'not_relevant') && (
                    <button
                      type="button"
                      className="button button--ghost button--small fragment__relevance"
                      aria-pressed={state === 'not_relevant'}
                      aria-label={state === 'not_relevant' ? t.transcript.markRelevantFor(f.ordinal + 1) : t.transcript.markNotRelevantFor(f.ordinal + 1)}
                      disabled={marking === f.id}
                      onClick={() => void toggleRelevance(f, state !== 'not_relevant')}
                    >
                      {state === 'not_relevant' ? t.transcript.markRelevant : t.transcript.markNotRelevant}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button--ghost button--small fragment__apply"
                    aria-label={t.transcript.applyLabelFor(f.ordinal + 1)}
                    onPointerDown={() => capture(f)}
                    onClick={() => open(f)}
                  >
                    {t.transcript.applyButton}
                  </button>
                </div>
              )}
              {applying?.fragment.id === f.id && (
                <ApplyCodeForm
                  projectId={interview.project_id}
                  fragment={f}
                  span={applying.span}
                  onCancel={() => setApplying(null)}
                  onApplied={(application, label) => {
                    setApplying(null);
                    setApplied((now) => ({ ...now, [f.id]: [...(now[f.id] ?? []), { start: application.quote_start, end: application.quote_end }] }));
                    setChanged((now) => ({ ...now, [f.id]: 'coded' }));
                    setNotice(t.transcript.applied(label, application.quote));
                  }}
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
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
