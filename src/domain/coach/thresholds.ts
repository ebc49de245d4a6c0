// Every number and topic list the coach's rules depend on, in one place, each with its reason.

export const THRESHOLDS = {
  /** Several languages: this many across the profile and the projects, or two with nothing deployed. */
  languagesAtOnce: 3,

  /** SQL skipped: at least this many framework topics started while no SQL topic is. */
  frameworkTopicsBeforeSql: 3,
  /** Testing skipped: this many endpoint or framework topics applied (fragile or better), or a
   * project finished, while no testing topic is started. */
  appliedTopicsBeforeTesting: 3,
  /** Authentication skipped: this many endpoint or framework topics applied while no
   * authentication topic is started. */
  appliedTopicsBeforeAuth: 3,

  /** DevOps as a separate world: this many infrastructure topics started while no project of the
   * learner's is deployed, runs production-like or practises one of them. */
  infraTopicsApart: 3,

  /** Debugging ignored: this many topics started overall while none of the debugging topics is. */
  startedBeforeDebugging: 10,

  /** Studied but never built: this many topics studied and not one project started. */
  studiedWithoutProject: 8,

  /** No review for this many days (and an account at least this old): the roadmap became a fixed checklist. */
  daysWithoutReview: 60,

  /** Projects off target role: judged once the learner has finished this many projects. */
  projectsToJudgeRole: 2,
  /** A practice project serves a role when this many of its topics sit in the role's column. */
  roleProjectTopics: 3,

  /** Framework without behaviour: this many framework topics at fragile or better … */
  frameworkTopicsKnown: 2,
  /** … while at least this many of the guide's five parts of system behaviour have no topic
   * past "learning": two known parts can hide three gaps, three cannot be waved away. */
  behaviourAreasMissing: 3,

  /** Postings repeat a gap: a skill asked by at least this many postings … */
  postingsRepeatingSkill: 3,
  /** … and by at least this share of all saved postings, while the learner has not started it. */
  postingsRepeatingShare: 0.3,

  /** Search intent shifted: the recent window, in days, set against the window before it … */
  intentRecentDays: 21,
  intentEarlierDays: 90,
  /** … each needs this many roadmap actions (searches, opened topics, filters, postings) to judge … */
  intentEventsToJudge: 5,
  /** … and at least this share of the recent ones point at one area … */
  intentNarrowShare: 0.6,
  /** … which drew at most this share of the earlier ones. */
  intentEarlierShareAtMost: 0.25,
  /** One action points at an area when at least this share of the topics it names lie there. */
  intentActionFocus: 0.5,

  /** Advanced before basics: this many advanced topics started while no small API is deployed. */
  advancedTopicsBeforeBasics: 2,

  /** Next steps: never more than this many topics in progress at once. */
  maxInProgress: 3,
  /** More topics than this begun and not yet applied (learning or theoretical), four times what
   * can be worked on at once, and the plan's first step is to park them: a list that long is no
   * longer a plan anybody works through. Fragile topics are applied, so they are not counted. */
  parkWhenOpenOver: 12,
  /** One-click actions offered across all findings at once (the guide: at most three). */
  actionsOffered: 3,
  /** A stage counts as reached once this share of its essential-now topics is started. */
  stageReachedShare: 1 / 3,
  /** Projects reach one stage further once this share of the reached stage's essentials is applied. */
  stageAppliedShare: 0.5,
  /** A practice project with this share of its topics already comfortable teaches too little. */
  projectMasteredShare: 0.6,
} as const;

/** The SQL a backend developer needs before leaning on a framework or an ORM. */
export const SQL_TOPICS = [
  'sql-basics',
  'sql-filtering-and-aggregation',
  'sql-joins',
  'schema-design',
];

/** Topics that are about a framework's surface rather than the system beneath it. */
export const FRAMEWORK_TOPICS = [
  'web-framework',
  'routing',
  'middleware',
  'request-response-handling',
  'mvc-pattern',
  'crud-apis',
];

/** Testing: the first topics that make code checkable. */
export const TESTING_TOPICS = ['unit-testing', 'integration-testing', 'test-doubles'];

/** Authentication: what every API with users needs before it stores a password. */
export const AUTH_TOPICS = [
  'password-hashing',
  'sessions-and-cookies',
  'jwt',
  'auth-libraries',
  'role-based-access-control',
];

/** Infrastructure and delivery: worth learning by shipping a project of one's own through them. */
export const INFRA_TOPICS = [
  'linux-server-basics',
  'docker',
  'docker-compose',
  'ci-cd',
  'hosting-platforms',
  'cloud-providers',
  'reverse-proxies',
  'deployment-strategies',
  'load-balancing',
  'kubernetes',
  'serverless',
  'cloud-computing',
  'infrastructure-as-code',
];

/** The practice project that carries an API through configuration, containers and a real host. */
export const DELIVERY_PROJECT = 'production-style-api';

/** Building endpoints: any of these started or practised in a project. */
export const ENDPOINT_TOPICS = ['crud-apis', 'web-framework', 'routing'];

/** API design that endpoints need: validation, pagination, status codes, error shapes. */
export const API_DESIGN_TOPICS = [
  'input-validation',
  'pagination-and-filtering',
  'http-status-codes',
  'error-responses',
];

/** Debugging and observability. */
export const DEBUGGING_TOPICS = [
  'debugging-basics',
  'debugger-and-breakpoints',
  'request-inspection',
  'logging',
  'error-tracking',
  'observability-basics',
];

/**
 * How a system behaves, in the guide's five parts: the HTTP lifecycle, relational design, error
 * handling, logs and metrics, background jobs. A part counts once any of its topics is studied.
 */
export const BEHAVIOUR_AREAS = [
  { id: 'http-lifecycle', title: 'the HTTP lifecycle', topics: ['request-lifecycle'] },
  {
    id: 'relational-design',
    title: 'relational design',
    topics: ['schema-design', 'normalization', 'transactions', 'indexes'],
  },
  {
    id: 'error-handling',
    title: 'error handling',
    topics: ['framework-error-handling', 'error-responses'],
  },
  {
    id: 'logs-and-metrics',
    title: 'logs and metrics',
    topics: ['logging', 'production-logs', 'metrics-and-monitoring'],
  },
  {
    id: 'background-jobs',
    title: 'background jobs',
    topics: ['background-jobs', 'message-queues'],
  },
] as const;

/**
 * What owning a backend means in a project: a data model in SQL, CRUD endpoints over it, tests,
 * and the whole thing deployed. The first two are the core a backend role looks for.
 */
export const BACKEND_OWNERSHIP = [
  {
    id: 'data',
    title: 'a data model in SQL',
    topics: [
      'sql-basics',
      'sql-filtering-and-aggregation',
      'sql-joins',
      'schema-design',
      'database-migrations',
      'orms-and-query-builders',
      'transactions',
      'postgresql',
      'mysql',
      'sqlite',
    ],
  },
  {
    id: 'crud',
    title: 'CRUD endpoints',
    topics: [
      'crud-apis',
      'rest-principles',
      'routing',
      'request-response-handling',
      'web-framework',
    ],
  },
  {
    id: 'tests',
    title: 'tests',
    topics: ['testing-fundamentals', 'unit-testing', 'integration-testing', 'test-doubles'],
  },
  { id: 'deployed', title: 'a deployed backend', topics: [] },
] as const;

/** Major tools: not suggested as a next step until one of the learner's projects gives a reason. */
export const MAJOR_TOOLS = [
  'kubernetes',
  'microservices',
  'event-streaming',
  'graphql',
  'grpc',
  'serverless',
  'infrastructure-as-code',
  'mongodb',
  'memcached',
  'full-text-search',
];

/** What a target role leans on, found by words in the role the learner typed. */
export const ROLE_COLUMNS: { words: string[]; column: string }[] = [
  {
    words: ['devops', 'sre', 'site reliability', 'platform', 'infrastructure', 'cloud'],
    column: 'devops',
  },
  { words: ['data', 'database', 'dba', 'analytics'], column: 'databases' },
  { words: ['security', 'appsec', 'pentest'], column: 'testing-security' },
  { words: ['backend', 'back-end', 'back end', 'api', 'server'], column: 'api-design' },
];

/** Words in a target role that mean the learner will write the frontend too. */
export const FULL_STACK_WORDS = ['full-stack', 'full stack', 'fullstack'];

/** The roadmap topic on HTML, CSS and JavaScript in the browser, whose resources open a frontend path. */
export const WEB_BASICS_TOPIC = 'web-basics';

/** How much each status counts towards a column's strength (skipped topics are left out). */
export const STATUS_WEIGHT = {
  not_started: 0,
  learning: 0.2,
  theoretical: 0.3,
  fragile: 0.6,
  comfortable: 1,
} as const;

/**
 * Narrow areas a learner's searches can converge on, smaller than a column and disjoint. When
 * most recent activity points at one that the plan does not branch into, the plan should.
 */
export const INTENT_AREAS = [
  {
    id: 'api-testing',
    title: 'API testing',
    topics: [
      'testing-fundamentals',
      'unit-testing',
      'integration-testing',
      'end-to-end-testing',
      'test-doubles',
    ],
  },
  {
    id: 'auth-flows',
    title: 'authentication flows',
    topics: [
      'registration-and-login',
      'sessions-and-cookies',
      'password-hashing',
      'jwt',
      'oauth2',
      'openid-connect',
      'auth-libraries',
      'role-based-access-control',
    ],
  },
  {
    id: 'database-optimisation',
    title: 'database optimisation',
    topics: ['indexes', 'query-optimization', 'connection-pooling', 'database-scaling'],
  },
  {
    id: 'caching',
    title: 'caching',
    topics: [
      'caching-fundamentals',
      'caching-strategies',
      'in-memory-caching',
      'redis',
      'memcached',
      'http-caching',
    ],
  },
  {
    id: 'observability',
    title: 'observability',
    topics: [
      'logging',
      'production-logs',
      'metrics-and-monitoring',
      'observability-basics',
      'error-tracking',
    ],
  },
  {
    id: 'delivery',
    title: 'containers and deployment',
    topics: [
      'docker',
      'docker-compose',
      'kubernetes',
      'ci-cd',
      'deployment-strategies',
      'infrastructure-as-code',
    ],
  },
  {
    id: 'async-work',
    title: 'queues and background work',
    topics: ['background-jobs', 'message-queues', 'event-streaming', 'webhooks'],
  },
  {
    id: 'web-security',
    title: 'web application security',
    topics: [
      'owasp-top-ten',
      'sql-injection',
      'cross-site-scripting',
      'csrf',
      'security-headers',
      'rate-limiting',
    ],
  },
  { id: 'api-styles', title: 'GraphQL and gRPC', topics: ['graphql', 'grpc'] },
] as const;
