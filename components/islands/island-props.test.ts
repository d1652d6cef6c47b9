import { describe, expect, it } from 'vitest';
import { parseIslandProps, serialiseIslandProps } from '@/components/islands/island-props';

describe('island props', () => {
  it('cannot end their script element early, whatever the lesson text says', () => {
    const text = serialiseIslandProps({ prompt: 'Type </script><script>alert(1)</script> and \u2028 wait' });
    expect(text).not.toContain('</script');
    expect(text).not.toContain('\u2028');
    expect(parseIslandProps(text)).toEqual({ prompt: 'Type </script><script>alert(1)</script> and \u2028 wait' });
  });

  it('read as an empty object when missing or not an object', () => {
    expect(parseIslandProps(null)).toEqual({});
    expect(parseIslandProps('[1,2]')).toEqual({});
    expect(parseIslandProps('"text"')).toEqual({});
  });
});
