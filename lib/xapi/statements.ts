import type { CourseIdentity } from '@/lib/xapi/course-identity';
import type { LearningEvent } from '@/lib/xapi/learning-events';

/** An xAPI 1.0.3 statement as this course writes it: plain JSON for the learning record store. */
export type Statement = Record<string, unknown> & { id: string; timestamp: string };

export type StatementSite = {
  /** The site's address without a trailing slash: the home page of every account and the root of every activity id. */
  baseUrl: string;
  course: CourseIdentity;
};

const LANGUAGE = 'en-ZA';
const words = (text: string) => ({ [LANGUAGE]: text });

const VERBS = {
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  submitted: 'http://activitystrea.ms/schema/1.0/submit',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;

const verb = (name: keyof typeof VERBS, display: string = name) => ({ id: VERBS[name], display: words(display) });

/**
 * A person as the record store sees them: an account on this site named by their user id, never
 * by name, e-mail address or ID number, which stay with the provider.
 */
const agent = (site: StatementSite, userId: string) => ({ objectType: 'Agent', account: { homePage: site.baseUrl, name: userId } });

function activities(site: StatementSite) {
  const root = `${site.baseUrl}/xapi/activities/${encodeURIComponent(site.course.id)}`;
  return {
    course: { objectType: 'Activity', id: root, definition: { type: 'http://adlnet.gov/expapi/activities/course', name: words(site.course.title) } },
    summative: { objectType: 'Activity', id: `${root}/summative`, definition: { type: 'http://adlnet.gov/expapi/activities/assessment', name: words(`${site.course.title}: summative assessment`) } },
    lesson: (slug: string) => ({ objectType: 'Activity', id: `${site.baseUrl}/lessons/${encodeURIComponent(slug)}`, definition: { type: 'http://adlnet.gov/expapi/activities/lesson' } }),
    question: (quizId: string, questionId: string) => ({
      objectType: 'Activity',
      id: `${root}/knowledge-checks/${encodeURIComponent(quizId)}/${encodeURIComponent(questionId)}`,
      definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction' },
    }),
  };
}

const extension = (site: StatementSite, name: string) => `${site.baseUrl}/xapi/extensions/${name}`;

/** The statement for one learning event, under the id its outbox row was given so a retry is recognised. */
export function statementFor(event: LearningEvent, id: string, site: StatementSite): Statement {
  const of = activities(site);
  const context = (extra: Record<string, unknown> = {}) => ({ platform: site.course.title, language: LANGUAGE, contextActivities: { grouping: [of.course] }, ...extra });
  const base = { id, actor: agent(site, event.learnerId), timestamp: event.at };
  switch (event.type) {
    case 'lesson.opened':
      return { ...base, verb: verb('experienced'), object: of.lesson(event.lessonSlug), context: context() };
    case 'lesson.completed':
      return { ...base, verb: verb('completed'), object: of.lesson(event.lessonSlug), result: { completion: true }, context: context() };
    case 'question.answered': {
      const tries = { [extension(site, 'tries')]: event.attempts };
      const result = event.score === null ? { completion: true, extensions: tries } : { success: event.score >= 1, completion: true, score: { scaled: event.score }, extensions: tries };
      return { ...base, verb: verb('answered'), object: of.question(event.quizId, event.questionId), result, context: context() };
    }
    case 'attempt.submitted':
      return { ...base, verb: verb('submitted'), object: of.summative, context: context({ extensions: { [extension(site, 'attempt')]: event.attemptNumber } }) };
    case 'judgement.signed': {
      const competent = event.outcome === 'competent';
      return {
        ...base,
        verb: verb(competent ? 'passed' : 'failed'),
        object: of.summative,
        result: { success: competent, completion: true, score: { raw: event.criteriaMet, min: 0, max: event.criteriaTotal, scaled: event.criteriaMet / event.criteriaTotal } },
        context: context({ instructor: agent(site, event.assessorId), extensions: { [extension(site, 'attempt')]: event.attemptNumber } }),
      };
    }
    case 'record.final': {
      const competent = event.outcome === 'competent';
      return {
        ...base,
        verb: verb(competent ? 'passed' : 'failed'),
        object: of.course,
        result: { success: competent, completion: true, extensions: { [extension(site, 'verification')]: `${site.baseUrl}/verify/${encodeURIComponent(event.verificationCode)}` } },
        context: { platform: site.course.title, language: LANGUAGE },
      };
    }
  }
}
