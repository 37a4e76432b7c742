import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../src/units/format-quantity.ts';

describe('formatQuantity', () => {
  it('renders 0.333 cup as "1/3"', () => {
    expect(formatQuantity(0.333, 'cup')).toBe('1/3');
  });

  it('renders 2.5 as "2 1/2" and 1.125 as "1 1/8"', () => {
    expect(formatQuantity(2.5)).toBe('2 1/2');
    expect(formatQuantity(1.125, 'tsp')).toBe('1 1/8');
  });

  it('renders 2/3 and 1 2/3 from kitchenRound output', () => {
    expect(formatQuantity(0.667, 'cup')).toBe('2/3');
    expect(formatQuantity(1.667, 'cup')).toBe('1 2/3');
  });

  it('renders whole numbers without a fraction', () => {
    expect(formatQuantity(3, 'cup')).toBe('3');
    expect(formatQuantity(1.0000000000000049, 'cup')).toBe('1');
  });

  it('renders metric quantities as decimals, never fractions', () => {
    expect(formatQuantity(12.5, 'g')).toBe('12.5');
    expect(formatQuantity(1235, 'g')).toBe('1235');
  });

  it('falls back to a short decimal when no kitchen fraction fits', () => {
    expect(formatQuantity(0.031, 'tsp')).toBe('0.03');
  });
});
