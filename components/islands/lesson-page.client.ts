import { startIslands } from '@/components/islands/start-islands';
import { keepPage, registerServiceWorkerWhenSettled } from '@/lib/offline/device-cache';

// The one script a prerendered lesson loads; each island's own code follows only when needed.
startIslands();

// A lesson opened once reads again without a network: the worker keeps what it serves from now
// on, and this first page, which arrived before the worker, is kept by asking for it once more.
void registerServiceWorkerWhenSettled().then((started) => (started ? keepPage(location.pathname).catch(() => false) : false));
