import { WitnessRefusalView } from '@/components/witness/witness-refusal';

export default function WitnessLinkNotFound() {
  return <WitnessRefusalView refusal="unknown" />;
}
