import type { Channel } from '@/lib/db/schema/portfolio';

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Phone',
  email: 'E-mail',
  'in-person': 'In person',
  chat: 'Chat',
  remote: 'Remote session',
};
