import { startIslands } from '@/components/islands/start-islands';

// The one script a prerendered lesson loads; each island's own code follows only when needed.
startIslands();
