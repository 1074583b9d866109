// What Chromium does with managed_schema.json and a policy value, ported from
// components/policy/core/common/schema.cc and schema_map.cc so the tests can
// see it without a browser:
// - the schema: only types array/boolean/integer/number/object/string (no "any", no oneOf);
//   minimum/maximum only on integers (on a number the extension fails to load); $ref names an
//   "id" in the same file; unknown attributes are ignored.
// - a value (SchemaMap::FilterBundle, strategy SCHEMA_ALLOW_UNKNOWN): a key whose value has a
//   wrong type anywhere inside, a missing "required" property, an enum or pattern mismatch or
//   one bad list entry is dropped whole; unknown properties are removed silently; an integer
//   passes where a number is expected.
type Schema = Record<string, unknown>;

const ATTRIBUTES: Record<string, readonly string[]> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  object: ['additionalProperties', 'description', 'id', 'patternProperties', 'properties', 'required', 'sensitiveValue', 'title', 'type'],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
};

/** Why Chromium would refuse this managed schema (and so the extension), or [] when it loads it. */
export function chromiumSchemaProblems(schema: unknown): string[] {
  const problems: string[] = [];
  if (!isMapping(schema) || schema.type !== 'object') return ['the main schema must have type "object"'];
  if ('additionalProperties' in schema || 'patternProperties' in schema) problems.push('additionalProperties and patternProperties are not supported at the main schema');
  const ids = new Set<string>();
  const refs: string[] = [];
  const visit = (node: unknown, at: string): void => {
    if (!isMapping(node)) return void problems.push(`${at}: a schema must be an object`);
    if (typeof node.$ref === 'string') {
      if ('id' in node) problems.push(`${at}: a schema with $ref can't have an id`);
      refs.push(node.$ref);
      return;
    }
    const type = node.type;
    if (typeof type !== 'string' || !(type in ATTRIBUTES)) return void problems.push(`${at}: type must be one of ${Object.keys(ATTRIBUTES).join(', ')}`);
    if (typeof node.id === 'string') {
      if (ids.has(node.id)) problems.push(`${at}: duplicated id ${node.id}`);
      ids.add(node.id);
    }
    const hasRange = 'minimum' in node || 'maximum' in node;
    if (hasRange && type !== 'integer') problems.push(`${at}: only integers can have minimum and maximum`);
    if ('enum' in node) {
      const list = node.enum;
      const ok = Array.isArray(list) && list.length > 0 && list.every((v) => (type === 'integer' ? Number.isInteger(v) : typeof v === 'string'));
      if (!ok || (type !== 'string' && type !== 'integer')) problems.push(`${at}: enum must be a non-empty list of ${type} values, on a string or integer`);
    }
    if (type === 'array') {
      if (!isMapping(node.items)) problems.push(`${at}: an array must have a schema in items`);
      else visit(node.items, `${at}.items`);
    }
    if (type === 'object') {
      const properties = isMapping(node.properties) ? node.properties : {};
      for (const [name, sub] of Object.entries(properties)) visit(sub, `${at}.${name}`);
      if (isMapping(node.patternProperties)) for (const [name, sub] of Object.entries(node.patternProperties)) visit(sub, `${at}[/${name}/]`);
      if (node.additionalProperties !== undefined) visit(node.additionalProperties, `${at}.*`);
      if (node.required !== undefined) {
        const required = Array.isArray(node.required) ? node.required : [];
        for (const name of required) if (typeof name !== 'string' || !(name in properties)) problems.push(`${at}: required names unknown property ${String(name)}`);
      }
    }
  };
  visit(schema, '(schema)');
  for (const ref of refs) if (!ids.has(ref)) problems.push(`invalid $ref: ${ref}`);
  return problems;
}

/**
 * The policy as `storage.managed.get()` would return it after Chromium applied `schema`: keys that
 * don't fit are gone (listed in `dropped` with Chromium's reason), unknown properties are removed.
 */
export function applyChromiumSchema(schema: Schema, policy: Record<string, unknown>): { delivered: Record<string, unknown>; dropped: { key: string; reason: string }[] } {
  const ids = collectIds(schema);
  const resolve = (node: Schema): Schema => (typeof node.$ref === 'string' ? ids.get(node.$ref)! : node);
  const normalize = (node: Schema, value: unknown, at: string): { ok: true; value: unknown } | { ok: false; reason: string } => {
    const s = resolve(node);
    const type = s.type as string;
    if (!hasType(value, type)) return { ok: false, reason: `${at}: expected ${type}, got ${typeOf(value)}` };
    if (type === 'object') {
      const out: Record<string, unknown> = {};
      const properties = (s.properties ?? {}) as Record<string, Schema>;
      for (const [key, sub] of Object.entries(value as Record<string, unknown>)) {
        const matching = [
          ...(properties[key] ? [properties[key]] : []),
          ...Object.entries((s.patternProperties ?? {}) as Record<string, Schema>).filter(([p]) => new RegExp(p).test(key)).map(([, v]) => v),
        ];
        if (matching.length === 0 && s.additionalProperties) matching.push(s.additionalProperties as Schema);
        if (matching.length === 0) continue; // unknown property: removed
        let kept: unknown = sub;
        for (const m of matching) {
          const r = normalize(m, kept, `${at}.${key}`);
          if (!r.ok) return r;
          kept = r.value;
        }
        out[key] = kept;
      }
      for (const name of (s.required ?? []) as string[]) if (!(name in out)) return { ok: false, reason: `${at}: missing or invalid required property ${name}` };
      return { ok: true, value: out };
    }
    if (type === 'array') {
      const out: unknown[] = [];
      for (const [i, item] of (value as unknown[]).entries()) {
        const r = normalize(s.items as Schema, item, `${at}[${i}]`);
        if (!r.ok) return r;
        out.push(r.value);
      }
      return { ok: true, value: out };
    }
    if (Array.isArray(s.enum) && !s.enum.includes(value)) return { ok: false, reason: `${at}: invalid value ${JSON.stringify(value)}` };
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern).test(value as string)) return { ok: false, reason: `${at}: invalid value ${JSON.stringify(value)}` };
    if (type === 'integer' && ((typeof s.minimum === 'number' && (value as number) < s.minimum) || (typeof s.maximum === 'number' && (value as number) > s.maximum))) {
      return { ok: false, reason: `${at}: invalid value for integer` };
    }
    return { ok: true, value };
  };
  const delivered: Record<string, unknown> = {};
  const dropped: { key: string; reason: string }[] = [];
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const [key, value] of Object.entries(policy)) {
    if (!properties[key]) {
      dropped.push({ key, reason: 'unknown policy' });
      continue;
    }
    const r = normalize(properties[key], value, key);
    if (r.ok) delivered[key] = r.value;
    else dropped.push({ key, reason: r.reason });
  }
  return { delivered, dropped };
}

function collectIds(schema: unknown, into = new Map<string, Schema>()): Map<string, Schema> {
  if (Array.isArray(schema)) schema.forEach((s) => collectIds(s, into));
  else if (isMapping(schema)) {
    if (typeof schema.id === 'string' && typeof schema.type === 'string') into.set(schema.id, schema);
    Object.values(schema).forEach((s) => collectIds(s, into));
  }
  return into;
}

// base::Value types: JSON numbers without a fraction are integers, and an integer passes as a number.
function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isMapping(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return typeof value === type;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (Number.isInteger(value)) return 'integer';
  return typeof value === 'object' ? 'dictionary' : typeof value;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
