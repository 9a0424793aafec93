//! `allOf`: the one owner of how its members combine.
//!
//! Each member is classified by the shape it gives the value (after `$ref`s and nested
//! `allOf`s): annotations only (`description`, `nullable`, constraints, `{}`), a bare
//! `type: object`, an object, an array, a union, or a scalar. The [`Reading`] of the whole
//! follows from those classes:
//! - one member shapes the value and the others annotate or narrow it (the OpenAPI 3.0 idiom
//!   `allOf: [{$ref: X}, {description: …}]`, or `allOf: [{$ref: String}, {maxLength: 5}]`):
//!   the value is that member's type ([`Reading::Member`]), so a recursive type seen through
//!   it is a reference to itself, which the cycle pass boxes;
//! - members of one scalar type are that type (the most specific member stands for it: a
//!   referenced enum before an inline one, a reference before an inline scalar);
//! - several objects merge into one struct ([`TypeBuilder::merge_all_of`]);
//! - anything else is a conflict no value satisfies, told by members and types.

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};

use crate::error::{Error, Location, Result};
use crate::extensions::NOT_IMPLEMENTED;
use crate::model::types::{shape_of, Properties, Shape, TypeBuilder, MAX_DEPTH};
use crate::model::TypeRef;
use crate::refs::{ref_segments, reference_error};

/// The scalar JSON types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scalar {
    String,
    Integer,
    Number,
    Boolean,
}

impl Scalar {
    fn of(ty: &TypeRef) -> Option<Scalar> {
        match ty {
            TypeRef::String => Some(Scalar::String),
            TypeRef::I32 | TypeRef::I64 => Some(Scalar::Integer),
            TypeRef::F64 => Some(Scalar::Number),
            TypeRef::Bool => Some(Scalar::Boolean),
            _ => None,
        }
    }

    fn from_keyword(typ: &str) -> Option<Scalar> {
        match typ {
            "string" => Some(Scalar::String),
            "integer" => Some(Scalar::Integer),
            "number" => Some(Scalar::Number),
            "boolean" => Some(Scalar::Boolean),
            _ => None,
        }
    }

    fn type_ref(self) -> TypeRef {
        match self {
            Scalar::String => TypeRef::String,
            Scalar::Integer => TypeRef::I64,
            Scalar::Number => TypeRef::F64,
            Scalar::Boolean => TypeRef::Bool,
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Scalar::String => "a string",
            Scalar::Integer => "an integer",
            Scalar::Number => "a number",
            Scalar::Boolean => "a boolean",
        }
    }

    /// The scalar both allow, if any: an integer is also a number.
    fn meet(self, other: Scalar) -> Option<Scalar> {
        match (self, other) {
            (a, b) if a == b => Some(a),
            (Scalar::Integer, Scalar::Number) | (Scalar::Number, Scalar::Integer) => {
                Some(Scalar::Integer)
            }
            _ => None,
        }
    }
}

/// What one `allOf` member says of the value's shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Nothing: `description`, `nullable`, `default`, `format` or constraints without a
    /// `type`, `{}`, `not`.
    Annotation,
    /// `type: object` and nothing else: no properties, no value schema.
    BareObject,
    /// `required` names without properties: narrows the object the other members describe.
    Required,
    /// An object with properties, a map with a value schema, or an `allOf` of objects.
    Object,
    /// An array.
    Array,
    /// A `oneOf`/`anyOf`.
    Union,
    /// A scalar; `enumerated` when it lists its values (a string enum).
    Scalar { scalar: Scalar, enumerated: bool },
    /// An `allOf` whose own members conflict (reported where it is converted).
    Conflict,
}

impl Class {
    fn noun(self) -> &'static str {
        match self {
            Class::Annotation => "annotations only",
            Class::BareObject | Class::Required | Class::Object => "an object",
            Class::Array => "an array",
            Class::Union => "a oneOf/anyOf union",
            Class::Scalar {
                enumerated: true, ..
            } => "a string enum",
            Class::Scalar { scalar, .. } => scalar.noun(),
            Class::Conflict => "a conflicting allOf",
        }
    }

    fn is_object(self) -> bool {
        matches!(self, Class::BareObject | Class::Required | Class::Object)
    }
}

/// How an `allOf` reads as one type.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Reading {
    /// The member at this index is the type; the others only annotate or narrow it.
    Member(usize),
    /// This scalar, which no member stands for (the schema's own `type` beside `allOf`).
    Primitive(TypeRef),
    /// Object members whose properties merge into one struct.
    Objects,
    /// The union at this index, beside object members whose properties are not checked.
    UnionWithObjects(usize),
    /// Nothing shapes the value: any JSON value.
    Any,
    /// Members no value satisfies together: the message names them and their types.
    Conflict(String),
}

/// The members of an `allOf` schema and the shape its own keywords beside `allOf` give it.
pub(crate) fn all_of_parts(schema: &Schema) -> Option<(&[ReferenceOr<Schema>], Option<Class>)> {
    match &schema.schema_kind {
        SchemaKind::AllOf { all_of } => Some((all_of, None)),
        SchemaKind::Any(any) if !any.all_of.is_empty() => {
            let own = if !any.properties.is_empty() {
                Some(Class::Object)
            } else {
                match any.typ.as_deref() {
                    Some("object") => Some(Class::BareObject),
                    Some(t) => Scalar::from_keyword(t).map(|scalar| Class::Scalar {
                        scalar,
                        enumerated: false,
                    }),
                    None => None,
                }
            };
            Some((&any.all_of, own))
        }
        _ => None,
    }
}

/// Deepest chain of `$ref`s and nested `allOf`s followed to classify one member.
const MAX_CLASSIFY_DEPTH: usize = 32;

impl TypeBuilder<'_> {
    /// The schema a `$ref` chain ends at (not looking into `allOf`).
    fn follow_refs<'s>(&'s self, member: &'s ReferenceOr<Schema>) -> Option<&'s Schema> {
        let mut current = member;
        for _ in 0..MAX_DEPTH {
            match current {
                ReferenceOr::Reference { reference } => {
                    current = crate::refs::schema(self.spec, reference)?;
                }
                ReferenceOr::Item(s) => return Some(s),
            }
        }
        None
    }

    /// The class of one `allOf` member; a `$ref` that resolves nowhere is an annotation (the
    /// conversion reports it). Components are classified once.
    pub(crate) fn member_class(&self, member: &ReferenceOr<Schema>, depth: usize) -> Class {
        let reference = match member {
            ReferenceOr::Item(schema) => return self.schema_class(schema, depth),
            ReferenceOr::Reference { reference } => reference,
        };
        if let Some(class) = self.classes.borrow().get(reference) {
            return *class;
        }
        // Met again while classifying itself (an `allOf` cycle): it says nothing more.
        self.classes
            .borrow_mut()
            .insert(reference.clone(), Class::Annotation);
        let class = match self.follow_refs(member) {
            Some(schema) => self.schema_class(schema, depth),
            None => Class::Annotation,
        };
        self.classes.borrow_mut().insert(reference.clone(), class);
        class
    }

    /// The class of a schema, following nested `allOf`s (see [`Class`]); mirrors `shape_of`
    /// without copying the schema.
    fn schema_class(&self, schema: &Schema, depth: usize) -> Class {
        let scalar = |scalar| Class::Scalar {
            scalar,
            enumerated: false,
        };
        if let Some((items, own)) = all_of_parts(schema) {
            if depth >= MAX_CLASSIFY_DEPTH {
                return Class::Annotation;
            }
            return match self.read_parts(items, own, depth + 1) {
                Reading::Member(i) => self.member_class(&items[i], depth + 1),
                Reading::Primitive(t) => Scalar::of(&t).map_or(Class::Annotation, scalar),
                Reading::Objects => Class::Object,
                Reading::UnionWithObjects(_) => Class::Union,
                Reading::Any => Class::Annotation,
                Reading::Conflict(_) => Class::Conflict,
            };
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                let values = matches!(
                    o.additional_properties,
                    Some(openapiv3::AdditionalProperties::Schema(_))
                );
                if !o.properties.is_empty() || values {
                    Class::Object
                } else {
                    Class::BareObject
                }
            }
            SchemaKind::Type(Type::Array(_)) => Class::Array,
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => Class::Union,
            SchemaKind::Any(any) if !any.one_of.is_empty() || !any.any_of.is_empty() => {
                Class::Union
            }
            SchemaKind::Any(any) if !any.properties.is_empty() => Class::Object,
            SchemaKind::Any(any)
                if any.typ.is_none() && !any.required.is_empty() && any.items.is_none() =>
            {
                Class::Required
            }
            _ => match shape_of(schema) {
                Shape::Enum(_) => Class::Scalar {
                    scalar: Scalar::String,
                    enumerated: true,
                },
                Shape::Primitive(t) => Scalar::of(&t).map_or(Class::Annotation, scalar),
                Shape::Map(Some(_)) | Shape::Struct { .. } => Class::Object,
                Shape::Map(None) => Class::BareObject,
                Shape::Array(_) => Class::Array,
                Shape::OneOf(_) => Class::Union,
                Shape::AllOf(_) | Shape::Any => Class::Annotation,
            },
        }
    }

    /// How `schema`'s `allOf` reads as one type; `None` when it has no `allOf`.
    pub(crate) fn read_all_of(&self, schema: &Schema) -> Option<Reading> {
        let (items, own) = all_of_parts(schema)?;
        Some(self.read_parts(items, own, 0))
    }

    /// Reads an `allOf` from its members' classes, stage by stage: a single member, unions,
    /// annotations only, objects, arrays, then scalars.
    fn read_parts(
        &self,
        items: &[ReferenceOr<Schema>],
        own: Option<Class>,
        depth: usize,
    ) -> Reading {
        // `allOf: [X]` is X, whatever X is (with or without keywords beside it that say no
        // more than annotations).
        if items.len() == 1 && own.is_none() {
            return Reading::Member(0);
        }
        let classes: Vec<Class> = items.iter().map(|m| self.member_class(m, depth)).collect();
        // The members that say what the value is (a bare `type: object` says it is an object).
        let shaping = members_of(&classes, |c| {
            !matches!(c, Class::Annotation | Class::Conflict)
        });

        if let Some(reading) = self.read_unions(items, &classes, &shaping, own) {
            return reading;
        }

        if shaping.is_empty() && own.is_none() {
            // Only annotations: the one reference among them is the type.
            return match members_of(&classes, |_| true)
                .into_iter()
                .filter(|&i| is_reference(items, i))
                .collect::<Vec<_>>()[..]
            {
                [r] => Reading::Member(r),
                _ => Reading::Any,
            };
        }

        if shaping.iter().all(|&i| classes[i].is_object()) && own.is_none_or(Class::is_object) {
            return read_objects(items, &classes, &shaping, own);
        }

        // `required` says nothing of a value that is not an object.
        let shaping: Vec<usize> = shaping
            .into_iter()
            .filter(|&i| classes[i] != Class::Required)
            .collect();
        if own.is_none() && shaping.iter().all(|&i| classes[i] == Class::Array) {
            return self.read_arrays(items, &shaping);
        }

        self.read_scalars(items, &classes, &shaping, own)
    }

    /// A union documented, or beside objects (whose properties are not checked); `None`
    /// when no member is a union.
    fn read_unions(
        &self,
        items: &[ReferenceOr<Schema>],
        classes: &[Class],
        shaping: &[usize],
        own: Option<Class>,
    ) -> Option<Reading> {
        let unions = members_of(classes, |c| c == Class::Union);
        if unions.is_empty() {
            return None;
        }
        let objects_beside = shaping
            .iter()
            .all(|&i| classes[i] == Class::Union || classes[i].is_object())
            && own.is_none_or(Class::is_object);
        Some(match unions.as_slice() {
            [u] if shaping.len() == 1 && own.is_none() => Reading::Member(*u),
            [u] if objects_beside => Reading::UnionWithObjects(*u),
            _ => self.conflict(items, classes, shaping, own),
        })
    }

    /// Arrays: the one that says what its items are stands for the others; arrays with
    /// different items conflict.
    fn read_arrays(&self, items: &[ReferenceOr<Schema>], shaping: &[usize]) -> Reading {
        let with_items: Vec<usize> = shaping
            .iter()
            .copied()
            .filter(|&i| self.array_items(&items[i]).is_some())
            .collect();
        let first = with_items
            .first()
            .and_then(|&i| self.array_items(&items[i]));
        let same_items = with_items
            .iter()
            .all(|&i| match (self.array_items(&items[i]), first) {
                (Some(a), Some(b)) => same_reference(a, b),
                _ => false,
            });
        match with_items.first() {
            None => shaping.first().map_or(Reading::Any, |&i| Reading::Member(i)),
            Some(&i) if same_items => Reading::Member(i),
            Some(_) => Reading::Conflict(format!(
                "allOf of arrays with different items ({}) cannot be merged; any JSON value is accepted",
                with_items
                    .iter()
                    .map(|&i| member_label(&items[i], i))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }

    /// Scalars: the type all of them allow (their meet), stood for by its most specific
    /// member; anything else among them conflicts.
    fn read_scalars(
        &self,
        items: &[ReferenceOr<Schema>],
        classes: &[Class],
        shaping: &[usize],
        own: Option<Class>,
    ) -> Reading {
        let conflict = || self.conflict(items, classes, shaping, own);
        let scalar_of = |c: Class| match c {
            Class::Scalar { scalar, .. } => Some(scalar),
            _ => None,
        };
        if let Some(own) = own {
            if scalar_of(own).is_none() {
                return conflict();
            }
        }
        let mut meet = own.and_then(scalar_of);
        for scalar in shaping.iter().map(|&i| scalar_of(classes[i])) {
            let Some(scalar) = scalar else {
                return conflict();
            };
            meet = match meet {
                None => Some(scalar),
                Some(m) => match m.meet(scalar) {
                    Some(m) => Some(m),
                    None => return conflict(),
                },
            };
        }
        let Some(scalar) = meet else {
            return Reading::Any;
        };
        // The most specific member of that scalar type stands for it: a referenced enum, an
        // inline enum, a reference, an inline scalar.
        let rank = |i: usize| {
            let enumerated = matches!(
                classes[i],
                Class::Scalar {
                    enumerated: true,
                    ..
                }
            );
            match (enumerated, is_reference(items, i)) {
                (true, true) => 0,
                (true, false) => 1,
                (false, true) => 2,
                (false, false) => 3,
            }
        };
        shaping
            .iter()
            .copied()
            .filter(|&i| scalar_of(classes[i]) == Some(scalar))
            .min_by_key(|&i| rank(i))
            .map_or(Reading::Primitive(scalar.type_ref()), Reading::Member)
    }

    /// The `items` of an array member, after `$ref`s.
    fn array_items<'s>(
        &'s self,
        member: &'s ReferenceOr<Schema>,
    ) -> Option<&'s ReferenceOr<Box<Schema>>> {
        let schema = self.follow_refs(member)?;
        match &schema.schema_kind {
            SchemaKind::Type(Type::Array(a)) => a.items.as_ref(),
            SchemaKind::Any(any) => any.items.as_ref(),
            _ => None,
        }
    }

    fn conflict(
        &self,
        items: &[ReferenceOr<Schema>],
        classes: &[Class],
        shaping: &[usize],
        own: Option<Class>,
    ) -> Reading {
        let mut parts: Vec<String> = shaping
            .iter()
            .map(|&i| format!("{} is {}", member_label(&items[i], i), classes[i].noun()))
            .collect();
        if let Some(own) = own {
            parts.push(format!("its own `type` is {}", own.noun()));
        }
        Reading::Conflict(format!(
            "allOf members conflict: {}; any JSON value is accepted",
            parts.join(", ")
        ))
    }

    /// The inline members of an `allOf` whose annotations belong to the value itself: all but
    /// objects and unions (which become types of their own, documented there).
    fn annotating_members<'s>(&self, items: &'s [ReferenceOr<Schema>]) -> Vec<&'s Schema> {
        items
            .iter()
            .filter_map(|m| match m {
                ReferenceOr::Item(s) => match self.schema_class(s, 0) {
                    Class::Annotation | Class::BareObject | Class::Scalar { .. } | Class::Array => {
                        Some(s)
                    }
                    _ => None,
                },
                ReferenceOr::Reference { .. } => None,
            })
            .collect()
    }

    /// Whether `schema` accepts `null`: `nullable` itself, on an inline `allOf` member that
    /// annotates or narrows the value, or on the one member that is its type
    /// (`allOf: [$ref]`, or a `$ref` beside annotations).
    pub(crate) fn is_nullable(&self, schema: &Schema) -> bool {
        if schema.schema_data.nullable {
            return true;
        }
        let Some((items, _)) = all_of_parts(schema) else {
            return false;
        };
        self.annotating_members(items)
            .iter()
            .any(|s| s.schema_data.nullable)
            || match self.read_all_of(schema) {
                Some(Reading::Member(i)) => self
                    .resolve(&items[i])
                    .is_some_and(|s| s.schema_data.nullable),
                _ => false,
            }
    }

    /// The annotations of a schema with those of its `allOf` members that annotate or narrow
    /// the value: the first `description`, `title` and not-implemented mark
    /// ([`NOT_IMPLEMENTED`]) found (the schema's own first),
    /// `deprecated` and `nullable` if any says so. `None` when no member adds any.
    pub(crate) fn annotations(&self, schema: &Schema) -> Option<openapiv3::SchemaData> {
        let (items, _) = all_of_parts(schema)?;
        let mut data = None::<openapiv3::SchemaData>;
        for member in self.annotating_members(items) {
            let from = &member.schema_data;
            let current = data.as_ref().unwrap_or(&schema.schema_data);
            let marked = |d: &openapiv3::SchemaData| d.extensions.contains_key(NOT_IMPLEMENTED);
            let adds = (current.description.is_none() && from.description.is_some())
                || (!marked(current) && marked(from))
                || (current.title.is_none() && from.title.is_some())
                || (from.deprecated && !current.deprecated)
                || (from.nullable && !current.nullable);
            if !adds {
                continue;
            }
            let data = data.get_or_insert_with(|| schema.schema_data.clone());
            if data.description.is_none() {
                data.description.clone_from(&from.description);
            }
            if data.title.is_none() {
                data.title.clone_from(&from.title);
            }
            if let (false, Some(v)) = (marked(data), from.extensions.get(NOT_IMPLEMENTED)) {
                data.extensions
                    .insert(NOT_IMPLEMENTED.to_owned(), v.clone());
            }
            data.deprecated |= from.deprecated;
            data.nullable |= from.nullable;
        }
        data
    }

    /// Merges `allOf` object schemas into one property list; `None` if one is not an object.
    pub(crate) fn merge_all_of(
        &self,
        items: &[ReferenceOr<Schema>],
        pointer: &str,
    ) -> Result<Option<(Properties, Vec<String>)>> {
        self.merge_all_of_within(items, pointer, &mut Vec::new())
    }

    /// [`Self::merge_all_of`] below the chain of schemas whose `allOf` is being inlined:
    /// meeting one of them again is a cycle no struct can be made of.
    /// Schemas are told apart by address: a `$ref` resolves into the document itself.
    fn merge_all_of_within(
        &self,
        items: &[ReferenceOr<Schema>],
        pointer: &str,
        chain: &mut Vec<(*const Schema, String)>,
    ) -> Result<Option<(Properties, Vec<String>)>> {
        let mut properties = Properties::new();
        let mut required = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let Some(schema) = self.resolve(item) else {
                if let ReferenceOr::Reference { reference } = item {
                    return Err(reference_error(
                        reference,
                        "schemas",
                        &format!("{pointer}/allOf/{i}"),
                    ));
                }
                return Ok(None);
            };
            match shape_of(schema) {
                Shape::Struct {
                    properties: p,
                    required: r,
                } => {
                    for (k, v) in p {
                        properties.insert(k, v);
                    }
                    required.extend(r);
                }
                Shape::AllOf(inner) => {
                    let label = match item {
                        ReferenceOr::Reference { reference } => reference.clone(),
                        ReferenceOr::Item(_) => "an inline allOf".to_owned(),
                    };
                    let seen = chain.iter().position(|(s, _)| std::ptr::eq(*s, schema));
                    if seen.is_some() || chain.len() >= MAX_DEPTH {
                        let names: Vec<&str> = chain[seen.unwrap_or(0)..]
                            .iter()
                            .map(|(_, n)| n.as_str())
                            .collect();
                        return Err(all_of_cycle(&names, &label, pointer));
                    }
                    // Nested allOf: inline its members in order.
                    chain.push((schema as *const Schema, label));
                    let merged = self.merge_all_of_within(&inner, pointer, chain);
                    chain.pop();
                    match merged? {
                        Some((p, r)) => {
                            for (k, v) in p {
                                properties.insert(k, v);
                            }
                            required.extend(r);
                        }
                        None => return Ok(None),
                    }
                }
                Shape::Any => {
                    // `{required: [id]}`: narrows the properties the other members give.
                    if let SchemaKind::Any(any) = &schema.schema_kind {
                        required.extend(any.required.iter().cloned());
                    }
                }
                Shape::Map(_) => {}
                _ => return Ok(None),
            }
        }
        Ok(Some((properties, required)))
    }
}

/// Whether two `items` schemas are the same reference.
fn same_reference(a: &ReferenceOr<Box<Schema>>, b: &ReferenceOr<Box<Schema>>) -> bool {
    match (a, b) {
        (ReferenceOr::Reference { reference: x }, ReferenceOr::Reference { reference: y }) => {
            x == y
        }
        _ => std::ptr::eq(a, b),
    }
}

/// `allOf/1 (`#/components/schemas/String`)`, or `allOf/1` for an inline member.
fn member_label(member: &ReferenceOr<Schema>, index: usize) -> String {
    match member {
        ReferenceOr::Reference { reference } => format!("allOf/{index} (`{reference}`)"),
        ReferenceOr::Item(_) => format!("allOf/{index}"),
    }
}

/// The error for an `allOf` that includes itself through `members` (the schemas whose
/// `allOf` was being inlined, from the one met again; `label` is how it was met again), met
/// while reading the schema at `pointer`. A true cycle is told the same way wherever it is
/// met — from its smallest `$ref` member, located at that schema — so each
/// schema of the cycle (and each one including it) does not report it again.
fn all_of_cycle(members: &[&str], label: &str, pointer: &str) -> Error {
    let start = members
        .iter()
        .enumerate()
        .filter(|(_, m)| m.starts_with('#'))
        .min_by_key(|(_, m)| **m)
        .map(|(i, _)| i);
    let (Some(start), true) = (start, members.first() == Some(&label)) else {
        // Too deep rather than a cycle: told where it was met.
        let mut names = members.to_vec();
        names.push(label);
        return Error::CyclicRef {
            location: Location::pointer(pointer),
            chain: format!("allOf includes itself: {}", names.join(" -> ")),
        };
    };
    let mut names: Vec<&str> = members[start..]
        .iter()
        .chain(&members[..start])
        .copied()
        .collect();
    names.push(members[start]);
    let location = match ref_segments(members[start]) {
        Some(segments) => crate::error::pointer_of(segments),
        None => pointer.to_owned(),
    };
    Error::CyclicRef {
        location: Location::pointer(location),
        chain: format!("allOf includes itself: {}", names.join(" -> ")),
    }
}

/// The indices of the `allOf` members whose class `keep` accepts.
fn members_of(classes: &[Class], keep: impl Fn(Class) -> bool) -> Vec<usize> {
    (0..classes.len()).filter(|&i| keep(classes[i])).collect()
}

/// Whether the `allOf` member at `i` is a `$ref`.
fn is_reference(items: &[ReferenceOr<Schema>], i: usize) -> bool {
    matches!(items[i], ReferenceOr::Reference { .. })
}

/// Objects only (bare, `required`-only or with properties): the one object with properties
/// is the type unless `required` narrows it; bare objects only are their one reference.
fn read_objects(
    items: &[ReferenceOr<Schema>],
    classes: &[Class],
    shaping: &[usize],
    own: Option<Class>,
) -> Reading {
    let objects = members_of(classes, |c| c == Class::Object);
    let narrowed = !members_of(classes, |c| c == Class::Required).is_empty();
    match objects.as_slice() {
        [o] if !narrowed && own.is_none_or(|c| c == Class::BareObject) => Reading::Member(*o),
        [] if !narrowed && own.is_none() => {
            // Bare objects only: the one reference among them is the type.
            match shaping
                .iter()
                .copied()
                .filter(|&i| is_reference(items, i))
                .collect::<Vec<_>>()[..]
            {
                [r] => Reading::Member(r),
                _ => Reading::Objects,
            }
        }
        _ => Reading::Objects,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(schemas: serde_json::Value) -> openapiv3::OpenAPI {
        serde_json::from_value(serde_json::json!({
            "openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": schemas}
        }))
        .expect("spec")
    }

    /// The reading of component `name`'s `allOf`.
    fn reading(spec: &openapiv3::OpenAPI, name: &str) -> Reading {
        let mut diagnostics = Vec::new();
        let builder = TypeBuilder::new(spec, &mut diagnostics);
        let ReferenceOr::Item(schema) =
            &spec.components.as_ref().expect("components").schemas[name]
        else {
            panic!("{name} is a reference");
        };
        builder.read_all_of(schema).expect("an allOf")
    }

    #[test]
    fn members_read_as_one_type() {
        let spec = spec(serde_json::json!({
            "S": {"type": "string"},
            "N": {"type": "number"},
            "E": {"type": "string", "enum": ["a", "b"]},
            "O": {"type": "object", "properties": {"a": {"type": "string"}}},
            "A": {"type": "array", "items": {"$ref": "#/components/schemas/S"}},
            "Documented": {"allOf": [{"$ref": "#/components/schemas/S"}, {"description": "d"}]},
            "Narrowed": {"allOf": [{"maxLength": 3}, {"$ref": "#/components/schemas/S"}]},
            "Integer": {"allOf": [{"$ref": "#/components/schemas/N"}, {"type": "integer"}]},
            "Subset": {"allOf": [{"$ref": "#/components/schemas/S"}, {"$ref": "#/components/schemas/E"}, {"enum": ["a"]}]},
            "Own": {"type": "string", "allOf": [{"description": "d"}, {"minLength": 1}]},
            "Through": {"allOf": [{"$ref": "#/components/schemas/Documented"}, {"description": "e"}]},
            "Objects": {"allOf": [{"$ref": "#/components/schemas/O"}, {"type": "object", "properties": {"b": {"type": "string"}}}]},
            "Object": {"allOf": [{"type": "object"}, {"$ref": "#/components/schemas/O"}, {"nullable": true}]},
            "Required": {"allOf": [{"$ref": "#/components/schemas/O"}, {"required": ["a"]}]},
            "Arrays": {"allOf": [{"$ref": "#/components/schemas/A"}, {"type": "array"}]},
            "Nothing": {"allOf": [{"description": "d"}, {"title": "t"}]},
            "Conflict": {"allOf": [{"$ref": "#/components/schemas/S"}, {"$ref": "#/components/schemas/O"}]},
            "OwnConflict": {"type": "integer", "allOf": [{"$ref": "#/components/schemas/S"}, {"description": "d"}]},
            "Cycle": {"allOf": [{"$ref": "#/components/schemas/Cycle"}, {"description": "d"}]},
        }));
        assert_eq!(reading(&spec, "Documented"), Reading::Member(0));
        assert_eq!(reading(&spec, "Narrowed"), Reading::Member(1));
        assert_eq!(reading(&spec, "Integer"), Reading::Member(1));
        assert_eq!(reading(&spec, "Subset"), Reading::Member(1));
        assert_eq!(reading(&spec, "Own"), Reading::Primitive(TypeRef::String));
        assert_eq!(reading(&spec, "Through"), Reading::Member(0));
        assert_eq!(reading(&spec, "Objects"), Reading::Objects);
        assert_eq!(reading(&spec, "Object"), Reading::Member(1));
        assert_eq!(reading(&spec, "Required"), Reading::Objects);
        assert_eq!(reading(&spec, "Arrays"), Reading::Member(0));
        assert_eq!(reading(&spec, "Nothing"), Reading::Any);
        assert_eq!(reading(&spec, "Cycle"), Reading::Member(0));
        let Reading::Conflict(message) = reading(&spec, "Conflict") else {
            panic!("a conflict");
        };
        assert_eq!(message, "allOf members conflict: allOf/0 (`#/components/schemas/S`) is a string, allOf/1 (`#/components/schemas/O`) is an object; any JSON value is accepted");
        let Reading::Conflict(message) = reading(&spec, "OwnConflict") else {
            panic!("a conflict");
        };
        assert!(
            message.contains("its own `type` is an integer"),
            "{message}"
        );
    }
}
