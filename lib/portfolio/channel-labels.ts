import type { Channel } from '@/lib/db/schema/portfolio';

/** Channels in words, for forms and evidence pages (types only: safe in a browser bundle). */
export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Phone',
  email: 'E-mail',
  'in-person': 'In person',
  chat: 'Chat',
  remote: 'Remote session',
};

export function channelLabel(channel: Channel | null): string {
  return channel ? CHANNEL_LABELS[channel] : 'no channel';
}
