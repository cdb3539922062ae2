import { useEffect } from 'react';
import { RegisterPage } from '../auth/RegisterPage';
import { SessionProvider, useSession } from '../auth/SessionProvider';
import { SignInPage } from '../auth/SignInPage';
import { I18nProvider } from '../i18n/I18nProvider';
import { TranscriptPage } from '../interviews/TranscriptPage';
import { EditProjectPage } from '../projects/EditProjectPage';
import { NewProjectPage } from '../projects/NewProjectPage';
import { ProjectPage } from '../projects/ProjectPage';
import { ProjectsPage } from '../projects/ProjectsPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { isPublic, navigate, parseRoute, paths, useLocationHref, type Route } from './router';

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Routes />
      </SessionProvider>
    </I18nProvider>
  );
}

function Routes() {
  const href = useLocationHref();
  const { session } = useSession();
  const url = new URL(href, window.location.origin);
  const route = parseRoute(url.pathname, url.search);
  const redirect = session ? (isPublic(route) || url.pathname === '/' ? paths.projects() : null) : isPublic(route) ? null : paths.signIn(href);

  useEffect(() => {
    if (redirect) {
      navigate(redirect, { replace: true });
    }
  }, [redirect]);

  if (redirect) {
    return null;
  }
  return <AppShell signedIn={session !== null}>{page(route)}</AppShell>;
}

function page(route: Route) {
  switch (route.name) {
    case 'signIn':
      return <SignInPage next={route.next} />;
    case 'register':
      return <RegisterPage next={route.next} />;
    case 'projects':
      return <ProjectsPage page={route.page} />;
    case 'newProject':
      return <NewProjectPage />;
    case 'project':
      return (
        <ProjectPage
          key={route.projectId}
          projectId={route.projectId}
          section={route.section}
          page={route.page ?? 1}
          {...(route.coders ? { coders: route.coders } : {})}
        />
      );
    case 'interview':
      return (
        <TranscriptPage
          key={`${route.interviewId}:${route.fragment}:${route.quote?.start}-${route.quote?.end}`}
          projectId={route.projectId}
          interviewId={route.interviewId}
          fragment={route.fragment}
          quote={route.quote}
          q={route.q}
          speaker={route.speaker}
        />
      );
    case 'editProject':
      return <EditProjectPage key={route.projectId} projectId={route.projectId} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
