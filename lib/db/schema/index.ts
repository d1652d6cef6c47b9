export * from '@/lib/db/schema/auth';
export * from '@/lib/db/schema/people';
export * from '@/lib/db/schema/system';
export * from '@/lib/db/schema/assessment';
export * from '@/lib/db/schema/judgement';
export * from '@/lib/db/schema/moderation';
export * from '@/lib/db/schema/portfolio';
export * from '@/lib/db/schema/jobs';
