/**
 * Cans named by their trade number: "1 #10 can tomatoes", "a No. 303 can
 * of peaches". The number is not a count of anything; it names a standard
 * can, whose contents become the package size.
 */
import type { Amount, Finding } from '../../domain/types.ts';

/**
 * Usual contents in cups, from the American Can Company's "A Guide to
 * Common Can Sizes" (in "Choice Recipes and Menus Using Canned Foods"):
 * No. 300 about 1¾ cups, No. 303 2, No. 2 2½, No. 2½ 3½, No. 3 cylinder
 * 5¾, No. 10 12 cups (3 qt, 6 lb 9 oz). The Can Manufacturers Institute
 * gives a #10 (603 × 700) a brimful capacity of 109.43 fl oz; the 12 cups
 * (96 fl oz) are what it holds once filled. Contents vary with the food,
 * hence the finding that calls the figure approximate.
 */
const CUPS: Readonly<Record<string, number>> = {
  '300': 1.75,
  '303': 2,
  '2': 2.5,
  '2.5': 3.5,
  '3': 5.75,
  '10': 12,
};

/** "#10", "No. 10", "number 2 1/2", then "can" or "tin". */
const CAN_NUMBER =
  /^((?:\d+\s+)?)(?:#|no\.?|number)\s*(\d+(?:\s*½|\s+1\/2|\.5)?)\s+(?=(?:cans?|tins?)\b)/i;

export interface CanNumber {
  /** The line without the number: "1 can tomatoes". */
  text: string;
  /** The can's contents; null for a number Brigade does not know. */
  size: Amount | null;
  finding: Omit<Finding, 'line'>;
}

export function readCanNumber(text: string): CanNumber | null {
  const m = CAN_NUMBER.exec(text);
  if (!m) return null;
  const count = m[1]!.trim() || '1';
  const written = m[2]!.replace(/\s+/g, ' ');
  const key = written.replace(/\s*(?:½|1\/2)$|\.5$/, '.5').replace(' ', '');
  const cups = CUPS[key];
  const rest = `${count} ${text.slice(m[0].length)}`;
  if (cups === undefined) {
    return {
      text: rest,
      size: null,
      finding: {
        code: 'unknown_package',
        severity: 'warning',
        message: `A #${written} can is not a can size Brigade knows, so its contents are unknown.`,
      },
    };
  }
  return {
    text: rest,
    size: { quantity: cups, unit: 'cup' },
    finding: {
      code: 'standard_can_size',
      severity: 'info',
      message:
        `A #${written} can is taken as ${cups} cups, its usual contents; ` +
        `the fill varies with the food.`,
    },
  };
}
