//! The type graph: which generated types a type or an operation refers to, and renaming types
//! everywhere they are referred to.

use std::collections::HashMap;

use crate::model::{Resource, TypeDef, TypeKind, TypeRef};

impl TypeRef {
    /// Calls `f` on every generated type name this reference mentions (through `Vec`, maps,
    /// boxes, `Expandable`).
    pub fn for_each_named<'a>(&'a self, f: &mut impl FnMut(&'a str)) {
        match self {
            TypeRef::Named(n) => f(n),
            TypeRef::Vec(inner)
            | TypeRef::Map(inner)
            | TypeRef::Boxed(inner)
            | TypeRef::Expandable(inner)
            | TypeRef::Nullable(inner) => inner.for_each_named(f),
            _ => {}
        }
    }

    /// Renames every generated type this reference mentions that `renames` lists.
    pub fn rename(&mut self, renames: &HashMap<String, String>) {
        match self {
            TypeRef::Named(n) => {
                if let Some(new) = renames.get(n.as_str()) {
                    *n = new.clone();
                }
            }
            TypeRef::Vec(inner)
            | TypeRef::Map(inner)
            | TypeRef::Boxed(inner)
            | TypeRef::Expandable(inner)
            | TypeRef::Nullable(inner) => inner.rename(renames),
            _ => {}
        }
    }
}

impl TypeKind {
    /// Every type reference inside the definition.
    pub fn type_refs(&self) -> Vec<&TypeRef> {
        match self {
            TypeKind::Struct(fields) => fields.iter().map(|f| &f.ty).collect(),
            TypeKind::OneOf(alts) => alts.iter().map(|a| &a.ty).collect(),
            TypeKind::Tagged { variants, .. } => variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Alias(t) => vec![t],
            TypeKind::StringEnum { .. } => Vec::new(),
        }
    }

    /// Every type reference inside the definition, mutably.
    pub fn type_refs_mut(&mut self) -> Vec<&mut TypeRef> {
        match self {
            TypeKind::Struct(fields) => fields.iter_mut().map(|f| &mut f.ty).collect(),
            TypeKind::OneOf(alts) => alts.iter_mut().map(|a| &mut a.ty).collect(),
            TypeKind::Tagged { variants, .. } => variants.iter_mut().map(|v| &mut v.ty).collect(),
            TypeKind::Alias(t) => vec![t],
            TypeKind::StringEnum { .. } => Vec::new(),
        }
    }
}

impl TypeDef {
    /// The generated types this definition refers to, in order, with repeats.
    pub fn references(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for t in self.kind.type_refs() {
            t.for_each_named(&mut |n| out.push(n));
        }
        out
    }
}

/// Renames types in their definitions and in every reference of types and operations.
pub fn apply_renames(
    defs: &mut [TypeDef],
    resources: &mut [Resource],
    renames: &HashMap<String, String>,
) {
    if renames.is_empty() {
        return;
    }
    for def in defs.iter_mut() {
        if let Some(new) = renames.get(&def.name) {
            def.name = new.clone();
        }
        for t in def.kind.type_refs_mut() {
            t.rename(renames);
        }
    }
    for op in resources.iter_mut().flat_map(|r| r.operations.iter_mut()) {
        if let Some(p) = &mut op.params_type {
            if let Some(new) = renames.get(p.as_str()) {
                *p = new.clone();
            }
        }
        for p in &mut op.params {
            p.field.ty.rename(renames);
        }
        for p in &mut op.path_params {
            p.ty.rename(renames);
        }
        if let Some(b) = &mut op.body {
            b.ty.rename(renames);
        }
        if let Some(r) = &mut op.response {
            r.rename(renames);
        }
        if let Some(pg) = &mut op.pagination {
            pg.item.rename(renames);
        }
    }
}

/// The generated types an operation sends: its parameter struct, parameters and body.
pub fn request_roots(op: &crate::model::Operation) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |t: &TypeRef| t.for_each_named(&mut |n| out.push(n.to_owned()));
    if let Some(p) = &op.params_type {
        push(&TypeRef::Named(p.clone()));
    }
    for p in &op.params {
        push(&p.field.ty);
    }
    for p in &op.path_params {
        push(&p.ty);
    }
    if let Some(b) = &op.body {
        push(&b.ty);
    }
    out
}

/// The generated types an operation receives: its response, its events when the response is
/// also offered as a stream, and its page items.
pub fn response_roots(op: &crate::model::Operation) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |t: &TypeRef| t.for_each_named(&mut |n| out.push(n.to_owned()));
    if let Some(r) = &op.response {
        push(r);
    }
    if let Some(s) = &op.stream_alternative {
        push(s);
    }
    if let Some(pg) = &op.pagination {
        push(&pg.item);
    }
    out
}

/// The generated types an operation uses directly: what it sends and what it receives.
pub fn operation_roots(op: &crate::model::Operation) -> Vec<String> {
    let mut out = request_roots(op);
    out.extend(response_roots(op));
    out
}

/// Every type reachable from `roots` through type references (the roots included).
pub fn reachable<'a>(
    defs: &'a [TypeDef],
    roots: impl IntoIterator<Item = String>,
) -> std::collections::BTreeSet<String> {
    let index: HashMap<&str, &'a TypeDef> = defs.iter().map(|d| (d.name.as_str(), d)).collect();
    let mut seen = std::collections::BTreeSet::new();
    let mut stack: Vec<String> = roots.into_iter().collect();
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(def) = index.get(name.as_str()) {
            for r in def.references() {
                if !seen.contains(r) {
                    stack.push(r.to_owned());
                }
            }
        }
    }
    seen
}
