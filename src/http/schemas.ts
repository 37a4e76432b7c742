/**
 * Request and response schemas. The same zod objects validate requests
 * and generate the OpenAPI description served at /openapi.json.
 */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

export const StructuredIngredientSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    quantity: z.number().finite().positive().optional(),
    unit: z.string().trim().min(1).max(40).optional(),
  })
  .strict()
  .openapi('StructuredIngredient');

export const IngredientSchema = z
  .union([z.string().max(500), StructuredIngredientSchema])
  .openapi('Ingredient', {
    description:
      'A line as people write it ("2 1/4 cups all-purpose flour") or structured data.',
  });

export const RecipeSchema = z
  .object({
    id: z.string().max(200).optional(),
    title: z.string().trim().min(1).max(300),
    yield: z.string().max(200).optional(),
    servings: z.number().finite().positive().max(100_000).optional(),
    ingredients: z.array(IngredientSchema).min(1).max(500),
    source: z.string().max(500).optional(),
  })
  .openapi('Recipe');

export const TargetSchema = z
  .union([
    z
      .object({ servings: z.number().finite().positive().max(100_000) })
      .strict(),
    z.object({ factor: z.number().finite().positive().max(10_000) }).strict(),
    z
      .object({
        batch: z.string().trim().min(1).max(40).openapi({ example: '50 kg' }),
      })
      .strict(),
  ])
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
