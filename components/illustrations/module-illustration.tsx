import { MODULE_SCENES } from '@/components/illustrations/module-scenes';

/**
 * A small drawing for a module, beside its title. It is decoration: the title says everything the
 * drawing does, so it is hidden from assistive technology. A module without a scene gets none.
 */
export function ModuleIllustration({ moduleId, className = '' }: { moduleId: string; className?: string }) {
  const Scene = MODULE_SCENES[moduleId];
  if (!Scene) return null;
  return (
    <svg viewBox="0 0 120 80" aria-hidden="true" focusable="false" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" className={`rounded-lg bg-slate-50 ${className}`}>
      <Scene />
    </svg>
  );
}
