import type { Channel } from '@/lib/db/schema/portfolio';

/** How each channel of a customer interaction is named to people. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Phone',
  email: 'E-mail',
  'in-person': 'In person',
  chat: 'Chat',
  remote: 'Remote support',
};
