import { UpdatePrompt } from './UpdatePrompt';
import { lazy, Suspense, useCallback } from 'react';
import { Link, Route, Switch, useLocation, useParams } from 'wouter';
import { isCertification } from '../domain/certification';
import { endOfDay } from 'date-fns';
import { useLiveRead } from '../lib/use-live-read';
import type { ReviewCard } from '../domain/review-cards';
import { createDrillAttempt, createRetakeDrill } from '../domain/drill';
import type { Certification } from '../domain/certification';
import { ReviewDue } from '../features/catalog/ReviewDue';
import { EXAM_SPECS } from '../domain/exam-spec';
import type { BankSummary } from '../domain/bank-summary';
import { bankCatalog } from '../lib/bank-files';
import { HomePage } from '../features/catalog/HomePage';
import { useServices, type Services } from './services';
import { useBanksFor } from './use-banks-for';

// Screens past Home load on demand, keeping the first page small.
const ExamRulesPage = lazy(() =>
  import('../features/catalog/ExamRulesPage').then((m) => ({ default: m.ExamRulesPage })),
);
const ExamRoomPage = lazy(() =>
  import('../features/exam-room/ExamRoomPage').then((m) => ({ default: m.ExamRoomPage })),
);
const ResultsPage = lazy(() =>
  import('../features/results/ResultsPage').then((m) => ({ default: m.ResultsPage })),
);
const DrillSetupPage = lazy(() =>
  import('../features/drill/DrillSetupPage').then((m) => ({ default: m.DrillSetupPage })),
);
const HistoryPage = lazy(() =>
  import('../features/history/HistoryPage').then((m) => ({ default: m.HistoryPage })),
);
const BanksPage = lazy(() =>
  import('../features/banks/BanksPage').then((m) => ({ default: m.BanksPage })),
);

type BanksFor = (certification: Certification) => BankSummary[];

function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

function MockRulesRoute({ services, banksFor }: { services: Services; banksFor: BanksFor }) {
  const { cert = '' } = useParams<{ cert: string }>();
  const [, navigate] = useLocation();
  if (!isCertification(cert)) return <NotFound />;
  return (
    <ExamRulesPage
      certification={cert}
      attempts={services.attempts}
      banks={banksFor(cert)}
      begin={async (bank) => {
        const { startMockExam } = await import('../features/catalog/start-mock-exam');
        return startMockExam(EXAM_SPECS[cert], bank, {
          repository: services.attempts,
          clock: services.clock,
          loadBank: services.loadBank,
          newId: () => crypto.randomUUID(),
          newSeed,
        });
      }}
      openExam={(id) => navigate(`/exam/${id}`)}
    />
  );
}

function DrillRoute({ services, banksFor }: { services: Services; banksFor: BanksFor }) {
  const { cert = 'CPC' } = useParams<{ cert: string }>();
  const [, navigate] = useLocation();
  const stillMissed = useLiveRead(
    () => (isCertification(cert) ? services.reviewCards.stillMissed(cert) : Promise.resolve([])),
    [services, cert],
    ['reviewCards'],
  );
  if (!isCertification(cert)) return <NotFound />;
  return (
    <DrillSetupPage
      key={cert}
      stillMissed={stillMissed?.length}
      drillMissed={() => startCardDrill(services, cert, stillMissed ?? [], navigate)}
      certification={cert}
      banksFor={banksFor}
      onCertification={(next) => navigate(`/drill/${next}`)}
      begin={async (bank, settings) => {
        const { startDrill } = await import('../features/drill/start-drill');
        const attempt = await startDrill(EXAM_SPECS[cert], bank, settings, {
          repository: services.attempts,
          clock: services.clock,
          loadBank: services.loadBank,
          newId: () => crypto.randomUUID(),
          newSeed,
        });
        navigate(`/exam/${attempt.id}`);
      }}
    />
  );
}

function ExamRoute({ services }: { services: Services }) {
  const { attemptId = '' } = useParams<{ attemptId: string }>();
  const [, navigate] = useLocation();
  const onFinished = useCallback(
    (id: string) => navigate(`/attempts/${id}`, { replace: true }),
    [navigate],
  );
  return (
    <ExamRoomPage attemptId={attemptId} store={services.examSession} onFinished={onFinished} />
  );
}

function ResultsRoute({ services }: { services: Services }) {
  const { attemptId = '' } = useParams<{ attemptId: string }>();
  const [, navigate] = useLocation();
  return (
    <ResultsPage
      attemptId={attemptId}
      attempts={services.attempts}
      openExam={(id) => navigate(`/exam/${id}`)}
      retakeMissed={async (source, missed) => {
        const drill = createRetakeDrill(
          source,
          missed,
          EXAM_SPECS[source.certification],
          crypto.randomUUID(),
          newSeed(),
          services.clock.now(),
        );
        await services.attempts.create(drill);
        navigate(`/exam/${drill.id}`);
      }}
    />
  );
}

/** A tutor drill of the review cards due today for one certification. */
async function startReview(
  services: Services,
  certification: Certification,
  navigate: (to: string) => void,
) {
  const cards = await services.reviewCards.due(
    endOfDay(services.clock.now()).getTime(),
    certification,
  );
  await startCardDrill(services, certification, cards, navigate);
}

/** A tutor drill of the given review cards' questions (snapshots: no bank load). */
async function startCardDrill(
  services: Services,
  certification: Certification,
  cards: ReviewCard[],
  navigate: (to: string) => void,
) {
  const now = services.clock.now();
  if (cards.length === 0) return;
  const domains = [...new Map(cards.map((c) => [c.domain.id, c.domain])).values()];
  const drill = createDrillAttempt({
    id: crypto.randomUUID(),
    spec: EXAM_SPECS[certification],
    bank: { id: 'spaced-review', version: '1.0.0', domains },
    questions: cards.map((c) => c.question),
    settings: {
      domainIds: domains.map((d) => d.id),
      count: cards.length,
      timed: false,
      feedback: 'after-each',
    },
    seed: newSeed(),
    now,
  });
  await services.attempts.create(drill);
  navigate(`/exam/${drill.id}`);
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link href="/">Go to Home</Link>.
      </p>
    </>
  );
}

export function App() {
  const services = useServices();
  const banksFor = useBanksFor(services.home.installedBanks);
  const [location, navigate] = useLocation();
  const inExam = location.startsWith('/exam/');
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <span className="brand">Coding Exam Simulator</span>
        <nav aria-label="Main">
          <Link href="/" aria-current={location === '/' ? 'page' : undefined}>
            Home
          </Link>
          <Link href="/drill" aria-current={location.startsWith('/drill') ? 'page' : undefined}>
            Drill
          </Link>
          <Link href="/history" aria-current={location === '/history' ? 'page' : undefined}>
            History
          </Link>
          <Link href="/banks" aria-current={location === '/banks' ? 'page' : undefined}>
            Question banks
          </Link>
        </nav>
      </header>
      <UpdatePrompt inExam={inExam} />
      <main id="main" className={inExam ? 'main exam' : 'main'}>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Switch>
            <Route path="/">
              <HomePage
                attempts={services.home}
                banksFor={banksFor}
                reviewDue={
                  <ReviewDue
                    reviewCards={services.home}
                    clock={services.clock}
                    startReview={(cert) => void startReview(services, cert, navigate)}
                  />
                }
              />
            </Route>
            <Route path="/mock/:cert">
              <MockRulesRoute services={services} banksFor={banksFor} />
            </Route>
            <Route path="/drill">
              <DrillRoute services={services} banksFor={banksFor} />
            </Route>
            <Route path="/drill/:cert">
              <DrillRoute services={services} banksFor={banksFor} />
            </Route>
            <Route path="/exam/:attemptId">
              <ExamRoute services={services} />
            </Route>
            <Route path="/attempts/:attemptId">
              <ResultsRoute services={services} />
            </Route>
            <Route path="/history">
              <HistoryPage
                attempts={services.attempts}
                backup={services.backup}
                clock={services.clock}
              />
            </Route>
            <Route path="/banks">
              <BanksPage banks={services.banks} builtIn={bankCatalog} />
            </Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </Suspense>
      </main>
    </>
  );
}
