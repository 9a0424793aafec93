//! `no_run` examples on operation methods, so every example compiles as a doctest. A body is
//! written from the spec's own example of it where it has one (its values, its enum variants,
//! its optional fields set), and otherwise from the required fields of the arguments
//! (placeholder literals, enums by their first variant, nested structs by their own `new`).

use serde_json::Value;

use crate::model::docs::is_hidden_char;
use crate::model::{BodyEncoding, Field, Operation, TypeDef, TypeId, TypeKind, TypeRef, TypeSpace};

/// How deep nested `new(..)` calls go before the example is given up.
const MAX_DEPTH: usize = 4;

/// The longest string from a spec's example written into a doc example; a longer one is a
/// placeholder.
const MAX_EXAMPLE_TEXT: usize = 80;

/// The items of an example array written out; the rest are left out.
const MAX_EXAMPLE_ITEMS: usize = 3;

/// The `# Example` section for `op` called through `client.<accessor>()`, or `None` when a
/// required argument cannot be written.
pub fn operation_example(
    op: &Operation,
    accessor: &str,
    types: &TypeSpace,
    crate_ident: &str,
) -> Option<String> {
    let w = Writer {
        types,
        krate: crate_ident,
    };
    let mut lines = Vec::new();
    let mut args = Vec::new();
    for p in &op.path_params {
        let value = match &p.ty {
            TypeRef::String => "\"...\"".to_string(),
            TypeRef::Named(_) => format!("&{}", w.value(&p.ty, None, 0)?),
            other => w.value(other, None, 0)?,
        };
        args.push(value);
    }
    if let Some(pt) = op.params_type {
        let v = w.value(&TypeRef::Named(pt), None, 0)?;
        lines.push(format!("let params = {v};"));
        args.push("&params".into());
    }
    if let Some(body) = &op.body {
        match body.encoding {
            BodyEncoding::Binary => args.push("b\"...\"".into()),
            BodyEncoding::Text => args.push("\"...\"".into()),
            _ => {
                // The body is borrowed as its own type: a string body is a `&String`.
                let v = w.owned(&body.ty, body.example.as_ref(), 0)?;
                lines.push(format!("let body = {v};"));
                args.push("&body".into());
            }
        }
    }
    let call = format!(
        "client.{accessor}().{}({})",
        op.fn_name.as_str(),
        args.join(", ")
    );
    lines.push(format!("let _response = {call}.await?;"));
    let statements = formatted(&lines.join("\n"))?;
    let mut out = String::from("# Example\n\n```no_run\n");
    out.push_str(&format!(
        "# async fn run(client: {crate_ident}::Client) -> Result<(), {crate_ident}::Error> {{\n"
    ));
    out.push_str(&statements);
    out.push_str("# Ok(())\n# }\n```");
    Some(out)
}

/// `statements` laid out as rustfmt would (nested struct literals one field a line), each line
/// ending in a newline; `None` when they are not Rust (no example is better than a broken one).
fn formatted(statements: &str) -> Option<String> {
    let file: syn::File = syn::parse_str(&format!("fn example() {{\n{statements}\n}}")).ok()?;
    let text = prettyplease::unparse(&file);
    let body = text
        .strip_prefix("fn example() {\n")?
        .trim_end()
        .strip_suffix('}')?;
    let mut out = String::new();
    for line in body.lines() {
        out.push_str(line.strip_prefix("    ").unwrap_or(line));
        out.push('\n');
    }
    Some(out)
}

/// Writes Rust expressions of the crate's types.
struct Writer<'a> {
    types: &'a TypeSpace,
    krate: &'a str,
}

impl Writer<'_> {
    /// An expression of type `ty` as a required `new` argument takes it (strings as `&str`,
    /// boxes unboxed), from `example` where it fits.
    fn value(&self, ty: &TypeRef, example: Option<&Value>, depth: usize) -> Option<String> {
        Some(match ty {
            TypeRef::String => string_literal(example),
            TypeRef::I32 => integer(example, i64::from(i32::MIN), i64::from(i32::MAX)),
            TypeRef::I64 => integer(example, i64::MIN, i64::MAX),
            TypeRef::F64 => match example.and_then(Value::as_f64) {
                Some(f) if f.is_finite() => format!("{f:?}"),
                _ => "1.0".into(),
            },
            TypeRef::Bool => example
                .and_then(Value::as_bool)
                .unwrap_or(false)
                .to_string(),
            TypeRef::Json => json_literal(example),
            TypeRef::Map(_) => "Default::default()".into(),
            TypeRef::Vec(item) => match example.and_then(Value::as_array) {
                Some(items) if !items.is_empty() => {
                    let items = items
                        .iter()
                        .take(MAX_EXAMPLE_ITEMS)
                        .map(|i| self.owned(item, Some(i), depth + 1))
                        .collect::<Option<Vec<_>>>()?;
                    format!("vec![{}]", items.join(", "))
                }
                _ => "Vec::new()".into(),
            },
            TypeRef::Nullable(inner) => match example {
                Some(e) if !e.is_null() => format!("Some({})", self.owned(inner, Some(e), depth)?),
                _ => "None".into(),
            },
            TypeRef::Boxed(inner) => self.value(inner, example, depth)?,
            TypeRef::Expandable(_) | TypeRef::Binary => return None,
            TypeRef::Named(id) => self.named(*id, example, depth)?,
        })
    }

    /// A value of the field's own type (a variant payload, an optional field's `Some`):
    /// strings owned, boxes boxed.
    fn owned(&self, ty: &TypeRef, example: Option<&Value>, depth: usize) -> Option<String> {
        match ty {
            TypeRef::String => Some(format!("{}.to_string()", string_literal(example))),
            TypeRef::Boxed(inner) => {
                Some(format!("Box::new({})", self.owned(inner, example, depth)?))
            }
            other => self.value(other, example, depth),
        }
    }

    /// A value of the generated type `id`: the example's enum variant, a struct from the
    /// example's fields, a union's first alternative.
    fn named(&self, id: TypeId, example: Option<&Value>, depth: usize) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        let krate = self.krate;
        let def = self.types.get(id)?;
        let name = &def.name;
        Some(match &def.kind {
            TypeKind::StringEnum { variants, .. } => {
                let wanted = example.and_then(Value::as_str);
                let variant = variants
                    .iter()
                    .find(|v| Some(v.value.as_str()) == wanted)
                    .or(variants.first())?;
                format!("{krate}::{name}::{}", variant.rust_name)
            }
            TypeKind::Struct(fields) => self.structure(def, fields, example, depth)?,
            TypeKind::OneOf(alternatives) => {
                let alt = alternatives.first()?;
                let v = self.owned(&alt.ty, None, depth + 1)?;
                format!("{krate}::{name}::{}({v})", alt.rust_name)
            }
            _ => return None,
        })
    }

    /// A struct: `Type::new(required…)` or `Type::default()`, with the optional fields the
    /// example sets written out in front of it (`Type { reason: Some(..), ..Type::new(..) }`).
    fn structure(
        &self,
        def: &TypeDef,
        fields: &[Field],
        example: Option<&Value>,
        depth: usize,
    ) -> Option<String> {
        let (krate, name) = (self.krate, &def.name);
        let members = example.and_then(Value::as_object);
        let member = |f: &Field| members.and_then(|m| m.get(&f.wire_name));
        let base = if fields.iter().any(|f| f.required) {
            let args = fields
                .iter()
                .filter(|f| f.required)
                .map(|f| self.value(&f.ty, member(f), depth + 1))
                .collect::<Option<Vec<_>>>()?;
            format!("{krate}::{name}::new({})", args.join(", "))
        } else if def.has_default {
            format!("{krate}::{name}::default()")
        } else {
            return None;
        };
        // Optional fields the example sets, when their value can be written.
        let set: Vec<String> = fields
            .iter()
            .filter(|f| !f.required && !f.deprecated && writable_from_example(&f.ty))
            .filter_map(|f| {
                let e = member(f).filter(|e| !e.is_null())?;
                let v = self.owned(&f.ty, Some(e), depth + 1)?;
                Some(format!("{}: Some({v})", f.rust_name))
            })
            .collect();
        if set.is_empty() {
            return Some(base);
        }
        let base = if base.ends_with("::default()") {
            "Default::default()".to_owned()
        } else {
            base
        };
        Some(format!(
            "{krate}::{name} {{ {}, ..{base} }}",
            set.join(", ")
        ))
    }
}

/// Whether an optional field of type `ty` is worth setting from an example: values an example
/// spells (not maps, files or expandable IDs).
fn writable_from_example(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Map(_) | TypeRef::Binary | TypeRef::Expandable(_) => false,
        TypeRef::Boxed(inner) | TypeRef::Vec(inner) | TypeRef::Nullable(inner) => {
            writable_from_example(inner)
        }
        _ => true,
    }
}

/// A Rust string literal of the example's text, when it is a short string a doc comment and
/// its code block can hold as it is (no backticks, tildes, hidden or control characters);
/// else `"..."`.
fn string_literal(example: Option<&Value>) -> String {
    match example.and_then(Value::as_str) {
        Some(text) if fits_in_docs(text) => format!("{text:?}"),
        _ => "\"...\"".into(),
    }
}

fn fits_in_docs(text: &str) -> bool {
    text.chars().count() <= MAX_EXAMPLE_TEXT
        && !text
            .chars()
            .any(|c| c.is_control() || is_hidden_char(c) || matches!(c, '`' | '~' | '\\'))
}

/// An integer literal of the example's value (a number, or a string of digits for an integer
/// sent as text) within `[min, max]`; else `1`.
fn integer(example: Option<&Value>, min: i64, max: i64) -> String {
    let n = example.and_then(|e| match e {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.parse::<i64>().ok(),
        _ => None,
    });
    match n {
        Some(n) if (min..=max).contains(&n) => n.to_string(),
        _ => "1".into(),
    }
}

/// A `serde_json::json!` of the example when every string in it fits in docs; else
/// `Default::default()` (`Value::Null`).
fn json_literal(example: Option<&Value>) -> String {
    fn fits(v: &Value, depth: usize) -> bool {
        match v {
            Value::String(s) => fits_in_docs(s),
            // `json!` types an integer literal as `i32`: a larger one does not compile.
            Value::Number(n) => n.is_f64() || n.as_i64().is_some_and(|i| i32::try_from(i).is_ok()),
            Value::Array(items) => depth < MAX_DEPTH && items.iter().all(|i| fits(i, depth + 1)),
            Value::Object(members) => {
                depth < MAX_DEPTH
                    && members
                        .iter()
                        .all(|(k, v)| fits_in_docs(k) && fits(v, depth + 1))
            }
            _ => true,
        }
    }
    match example {
        Some(e) if fits(e, 0) && e.to_string().len() <= 4 * MAX_EXAMPLE_TEXT => {
            format!("serde_json::json!({e})")
        }
        _ => "Default::default()".into(),
    }
}
