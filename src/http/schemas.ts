/**
 * Request and response schemas. The same zod objects validate requests
 * and generate the OpenAPI description served at /openapi.json.
 */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { SERVINGS_RANGE } from '../units/scale-factor.ts';

extendZodWithOpenApi(z);

export const StructuredIngredientSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    quantity: z.number().finite().min(0.000_001).max(1_000_000).optional(),
    unit: z.string().trim().min(1).max(40).optional(),
  })
  .strict()
  .openapi('StructuredIngredient');

/** One line as written; a line break inside would hide a second line. */
const IngredientLine = z
  .string()
  .max(500)
  .regex(/^[^\r\n\u2028\u2029]*$/, {
    message: 'one ingredient per line: send each line as its own entry',
  });

export const IngredientSchema = z
  .union([IngredientLine, StructuredIngredientSchema], {
    error: (issue) =>
      issue.code === 'invalid_union' &&
      issue.errors.some((e) => e.some((i) => i.code === 'invalid_format'))
        ? 'one ingredient per line: send each line as its own entry'
        : 'an ingredient is a line of text or {"name", "quantity"?, "unit"?}',
  })
  .openapi('Ingredient', {
    description:
      'A line as people write it ("2 1/4 cups all-purpose flour") or structured data.',
  });

export const RecipeSchema = z
  .object({
    id: z.string().max(200).optional(),
    title: z.string().trim().min(1).max(300),
    yield: z.string().max(200).optional(),
    servings: z
      .number()
      .finite()
      .min(SERVINGS_RANGE.min)
      .max(SERVINGS_RANGE.max)
      .optional(),
    // No length cap here: the ingredient limit answers 422 with the count.
    ingredients: z.array(IngredientSchema).min(1),
    source: z.string().max(500).optional(),
  })
  .strict()
  .openapi('Recipe');

export const TargetSchema = z
  .union(
    [
      z
        .object({ servings: z.number().finite().positive().max(100_000) })
        .strict(),
      z.object({ factor: z.number().finite().positive().max(10_000) }).strict(),
      z
        .object({
          batch: z.string().trim().min(1).max(40).openapi({ example: '50 kg' }),
        })
        .strict(),
    ],
    {
      error:
        'target is one of {"servings": n}, {"factor": n} or ' +
        '{"batch": "50 kg"}, with n a positive number',
    },
  )
  .openapi('Target', {
    description:
      'Scale to a number of servings, by a factor, or to a batch mass.',
  });

export const RunRequestSchema = z
  .object({ recipe: RecipeSchema, target: TargetSchema.optional() })
  .strict()
  .openapi('RunRequest');

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string(),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional(),
  })
  .openapi('Problem');

const FindingSchema = z.object({
  code: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  line: z.number().int().optional(),
});

const AgentReportSchema = z.object({
  name: z.string(),
  status: z.enum(['success', 'failed', 'skipped']),
  durationMs: z.number(),
  budgetMs: z.number(),
  memoryBytes: z.number(),
  budgetBytes: z.number(),
  rssBytes: z.number(),
  withinBudget: z.boolean(),
  latencyVerdict: z.enum(['within', 'over']),
  memoryVerdict: z.enum(['within', 'over']),
  memoryApproximate: z.boolean(),
  fault: z.string().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});

/** Documented, not enforced on output: the run document's main fields. */
export const RunDocumentSchema = z
  .object({
    runId: z.string().uuid(),
    traceId: z.string(),
    status: z.enum(['success', 'partial', 'failed']),
    durationMs: z.number(),
    agents: z.array(AgentReportSchema),
    lines: z.array(
      z.object({
        input: z.string(),
        quantity: z.number().nullable(),
        unit: z.string().nullable(),
        food: z
          .object({
            fdcId: z.number(),
            description: z.string(),
            name: z.string(),
          })
          .nullable(),
        grams: z.number().nullable(),
        scaledGrams: z.number().nullable(),
        cost: z.number().nullable(),
        issues: z.array(FindingSchema),
      }),
    ),
    totals: z.record(z.string(), z.unknown()).nullable(),
    nutrition: z.record(z.string(), z.unknown()).nullable(),
    qa: z
      .object({ passed: z.boolean(), findings: z.array(FindingSchema) })
      .nullable(),
    view: z.record(z.string(), z.unknown()).nullable(),
    persistence: z.record(z.string(), z.unknown()).nullable(),
    cache: z
      .record(
        z.string(),
        z.object({
          hits: z.number(),
          l2Hits: z.number(),
          misses: z.number(),
          errors: z.number(),
        }),
      )
      .optional()
      .openapi({ description: "Each catalog cache's lookups in this run" }),
  })
  .openapi('RunDocument');
