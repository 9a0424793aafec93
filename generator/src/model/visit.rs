//! The one walk over every place the model names a generated type: a type reference's names
//! (through `Vec`, maps, boxes, `Expandable`, `Option`), a definition's references, and every
//! field of an operation that holds a type, with the side of the call it travels on. Merging
//! (dedup), reachability (directions, features, pruning) and the cargo features all go through
//! it, so they cannot disagree about which fields name a type. References are [`TypeId`]s:
//! renaming a type changes its definition only.

use crate::model::{Operation, OperationErrors, TypeDef, TypeId, TypeKind, TypeRef};

/// Which way a type travels in a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Sent: path and query parameters, their struct, the body.
    Request,
    /// Received: the response, its stream events, the response and error enums' bodies, page
    /// items.
    Response,
}

impl TypeRef {
    /// Calls `f` on every generated type this reference mentions.
    pub fn for_each_named(&self, f: &mut impl FnMut(TypeId)) {
        match self {
            TypeRef::Named(id) => f(*id),
            TypeRef::Vec(inner)
            | TypeRef::Map(inner)
            | TypeRef::Boxed(inner)
            | TypeRef::Expandable(inner)
            | TypeRef::Nullable(inner) => inner.for_each_named(f),
            _ => {}
        }
    }

    /// Calls `f` on every generated type this reference mentions, to change it.
    pub fn for_each_named_mut(&mut self, f: &mut dyn FnMut(&mut TypeId)) {
        match self {
            TypeRef::Named(id) => f(id),
            TypeRef::Vec(inner)
            | TypeRef::Map(inner)
            | TypeRef::Boxed(inner)
            | TypeRef::Expandable(inner)
            | TypeRef::Nullable(inner) => inner.for_each_named_mut(f),
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
    pub fn references(&self) -> Vec<TypeId> {
        let mut out = Vec::new();
        for t in self.kind.type_refs() {
            t.for_each_named(&mut |n| out.push(n));
        }
        out
    }
}

impl Operation {
    /// Calls `f` on every generated type the operation mentions, with its side: path
    /// parameters, parameters and their struct, body (request); response, stream events,
    /// response and error enum bodies or the shared error body, page items (response).
    pub fn for_each_type_name(&self, f: &mut impl FnMut(Side, TypeId)) {
        let mut request = |t: &TypeRef| t.for_each_named(&mut |n| f(Side::Request, n));
        for p in &self.path_params {
            request(&p.ty);
        }
        for p in &self.params {
            request(&p.field.ty);
        }
        if let Some(b) = &self.body {
            request(&b.ty);
        }
        if let Some(p) = self.params_type {
            f(Side::Request, p);
        }
        let mut response = |t: &TypeRef| t.for_each_named(&mut |n| f(Side::Response, n));
        for t in self.response_refs() {
            response(t);
        }
    }

    /// [`Operation::for_each_type_name`], to change the references (both sides).
    pub fn for_each_type_name_mut(&mut self, f: &mut dyn FnMut(&mut TypeId)) {
        for p in &mut self.path_params {
            p.ty.for_each_named_mut(f);
        }
        for p in &mut self.params {
            p.field.ty.for_each_named_mut(f);
        }
        if let Some(b) = &mut self.body {
            b.ty.for_each_named_mut(f);
        }
        if let Some(p) = &mut self.params_type {
            f(p);
        }
        for t in self.response_refs_mut() {
            t.for_each_named_mut(f);
        }
    }

    /// Every type reference the operation receives.
    fn response_refs(&self) -> Vec<&TypeRef> {
        let mut out: Vec<&TypeRef> = Vec::new();
        out.extend(&self.response);
        out.extend(&self.stream_alternative);
        if let Some(e) = &self.success_enum {
            out.extend(e.outcomes.iter().filter_map(|o| o.ty.as_ref()));
        }
        match &self.errors {
            Some(OperationErrors::Enum(e)) => {
                out.extend(e.outcomes.iter().filter_map(|o| o.ty.as_ref()))
            }
            Some(OperationErrors::Body { ty, .. }) => out.push(ty),
            None => {}
        }
        out.extend(self.pagination.as_ref().map(|p| &p.item));
        out
    }

    /// [`Operation::response_refs`], mutably (the same fields, in the same order).
    fn response_refs_mut(&mut self) -> Vec<&mut TypeRef> {
        let mut out: Vec<&mut TypeRef> = Vec::new();
        out.extend(&mut self.response);
        out.extend(&mut self.stream_alternative);
        if let Some(e) = &mut self.success_enum {
            out.extend(e.outcomes.iter_mut().filter_map(|o| o.ty.as_mut()));
        }
        match &mut self.errors {
            Some(OperationErrors::Enum(e)) => {
                out.extend(e.outcomes.iter_mut().filter_map(|o| o.ty.as_mut()))
            }
            Some(OperationErrors::Body { ty, .. }) => out.push(ty),
            None => {}
        }
        out.extend(self.pagination.as_mut().map(|p| &mut p.item));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The mutable walk visits exactly the names the shared one does, in the same order.
    #[test]
    fn both_walks_of_an_operation_agree() {
        let spec = r#"
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /things/{id}:
    post:
      tags: [things]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: mode, in: query, schema: {type: string, enum: [a, b]}}
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {name: {type: string}}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
        '201':
          description: created
          content:
            application/json:
              schema: {type: object, properties: {queued: {type: boolean}}}
        '404':
          description: missing
          content:
            application/json:
              schema: {type: object, properties: {what: {type: string}}}
        '409':
          description: taken
"#;
        let document: serde_json::Value = serde_yaml::from_str(spec).expect("YAML");
        let mut api = crate::model::build(&document, &mut Vec::new()).expect("builds");
        let op = &mut api.resources[0].operations[0];
        let mut shared = Vec::new();
        op.for_each_type_name(&mut |side, n| shared.push((side, n)));
        let mut changed = Vec::new();
        op.for_each_type_name_mut(&mut |n| changed.push(*n));
        assert_eq!(shared.iter().map(|(_, n)| *n).collect::<Vec<_>>(), changed);
        let sides: Vec<Side> = shared.iter().map(|(s, _)| *s).collect();
        assert!(sides.contains(&Side::Request) && sides.contains(&Side::Response));
        // The body, the parameters' struct, both success bodies and the 404 body.
        assert!(shared.len() >= 5, "{shared:?}");
    }
}
