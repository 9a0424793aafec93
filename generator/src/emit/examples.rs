//! `no_run` examples on operation methods, built from the required fields of the operation's
//! arguments (placeholder literals, enums by their first variant, nested structs by their own
//! `new`), so every example compiles as a doctest.

use crate::model::{BodyEncoding, Operation, TypeDef, TypeKind, TypeRef};

/// How deep nested `new(..)` calls go before the example is given up.
const MAX_DEPTH: usize = 4;

/// The `# Example` section for `op` called through `client.<accessor>()`, or `None` when a
/// required argument cannot be written.
pub fn operation_example(
    op: &Operation,
    accessor: &str,
    types: &[TypeDef],
    crate_ident: &str,
) -> Option<String> {
    let mut lines = Vec::new();
    let mut args = Vec::new();
    for p in &op.path_params {
        let value = match &p.ty {
            TypeRef::String => "\"...\"".to_string(),
            TypeRef::Named(_) => format!("&{}", value(&p.ty, types, crate_ident, 0)?),
            other => value(other, types, crate_ident, 0)?,
        };
        args.push(value);
    }
    if let Some(pt) = &op.params_type {
        let v = value(&TypeRef::Named(pt.clone()), types, crate_ident, 0)?;
        lines.push(format!("let params = {v};"));
        args.push("&params".into());
    }
    if let Some(body) = &op.body {
        match body.encoding {
            BodyEncoding::Binary => args.push("b\"...\"".into()),
            BodyEncoding::Text => args.push("\"...\"".into()),
            _ => {
                // The body is borrowed as its own type: a string body is a `&String`.
                let v = match &body.ty {
                    TypeRef::String => "\"...\".to_string()".to_owned(),
                    ty => value(ty, types, crate_ident, 0)?,
                };
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
    let mut out = String::from("# Example\n\n```no_run\n");
    out.push_str(&format!(
        "# async fn run(client: {crate_ident}::Client) -> Result<(), {crate_ident}::Error> {{\n"
    ));
    for l in lines {
        out.push_str(&l);
        out.push('\n');
    }
    out.push_str("# Ok(())\n# }\n```");
    Some(out)
}

/// An expression of type `ty` (as a required `new` argument takes it: strings as `&str`,
/// boxes unboxed).
fn value(ty: &TypeRef, types: &[TypeDef], krate: &str, depth: usize) -> Option<String> {
    Some(match ty {
        TypeRef::String => "\"...\"".into(),
        TypeRef::I32 | TypeRef::I64 => "1".into(),
        TypeRef::F64 => "1.0".into(),
        TypeRef::Bool => "false".into(),
        TypeRef::Json | TypeRef::Map(_) => "Default::default()".into(),
        TypeRef::Vec(_) => "Vec::new()".into(),
        TypeRef::Nullable(_) => "None".into(),
        TypeRef::Boxed(inner) => value(inner, types, krate, depth)?,
        TypeRef::Expandable(_) | TypeRef::Binary => return None,
        TypeRef::Named(name) => {
            if depth > MAX_DEPTH {
                return None;
            }
            let def = types.iter().find(|t| t.name == *name)?;
            match &def.kind {
                TypeKind::StringEnum { variants, .. } => {
                    format!("{krate}::{name}::{}", variants.first()?.rust_name)
                }
                TypeKind::Struct(fields) => {
                    if def.has_default && !fields.iter().any(|f| f.required) {
                        format!("{krate}::{name}::default()")
                    } else if fields.iter().any(|f| f.required) {
                        let args = fields
                            .iter()
                            .filter(|f| f.required)
                            .map(|f| field_value(&f.ty, types, krate, depth + 1))
                            .collect::<Option<Vec<_>>>()?;
                        format!("{krate}::{name}::new({})", args.join(", "))
                    } else {
                        return None;
                    }
                }
                TypeKind::OneOf(alternatives) => {
                    let alt = alternatives.first()?;
                    let v = owned_value(&alt.ty, types, krate, depth + 1)?;
                    format!("{krate}::{name}::{}({v})", alt.rust_name)
                }
                _ => return None,
            }
        }
    })
}

/// A required `new` argument: strings are `impl Into<String>`, so `&str` serves.
fn field_value(ty: &TypeRef, types: &[TypeDef], krate: &str, depth: usize) -> Option<String> {
    value(ty, types, krate, depth)
}

/// A value of the field's own type (a variant payload): strings owned, boxes boxed.
fn owned_value(ty: &TypeRef, types: &[TypeDef], krate: &str, depth: usize) -> Option<String> {
    match ty {
        TypeRef::String => Some("\"...\".to_string()".into()),
        TypeRef::Boxed(inner) => Some(format!(
            "Box::new({})",
            owned_value(inner, types, krate, depth)?
        )),
        other => value(other, types, krate, depth),
    }
}
