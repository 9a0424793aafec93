//! `oneOf`/`anyOf` as a Rust engineer would write them: tagged enums when a tag property tells
//! the alternatives apart (a `discriminator`, or a required one-value enum property every
//! alternative has), untagged enums with variants named after what they hold otherwise.

use std::collections::HashSet;

use openapiv3::{ReferenceOr, Schema};

use crate::error::{Location, Result};
use crate::model::naming::{type_name, variant_name, NameScope};
use crate::model::types::{one_of_key, TypeBuilder};
use crate::model::{TaggedVariant, TypeDef, TypeKind, TypeRef, TypeSpace};
use crate::refs::schema_ref_name;

/// Properties of an object alternative: `(wire name, required, one value of a one-value string
/// enum)`.
pub(crate) type PropertySummary = Vec<(String, bool, Option<String>)>;

impl TypeBuilder<'_> {
    /// The properties of an object-shaped alternative (after `$ref`s and `allOf` merges), or
    /// `None` when it is not an object.
    pub(crate) fn object_summary(
        &self,
        alt: &ReferenceOr<Schema>,
        pointer: &str,
    ) -> Result<Option<PropertySummary>> {
        let Some((properties, required)) = self.object_properties(alt, pointer)? else {
            return Ok(None);
        };
        Ok(Some(
            properties
                .iter()
                .map(|(name, prop)| {
                    let single = self
                        .resolve(&prop.clone().unbox())
                        .and_then(|s| self.string_values(s))
                        .filter(|v| v.len() == 1)
                        .map(|mut v| v.remove(0));
                    (name.clone(), required.contains(name), single)
                })
                .collect(),
        ))
    }

    /// A tagged enum for `alts`, when a `discriminator` or an implicit tag property tells them
    /// apart; `None` otherwise.
    pub(crate) fn tagged_union(
        &mut self,
        schema: &Schema,
        parent: &str,
        alts: &[ReferenceOr<Schema>],
        pointer: &str,
    ) -> Result<Option<TypeKind>> {
        if alts.len() < 2 {
            return Ok(None);
        }
        let key = one_of_key(pointer);
        let mut summaries = Vec::with_capacity(alts.len());
        for (i, alt) in alts.iter().enumerate() {
            summaries.push(self.object_summary(alt, &format!("{pointer}/{key}/{i}"))?);
        }
        // (tag values, alternative index) per variant, in order.
        let (tag, tagged): (String, Vec<(String, usize)>) =
            if let Some(d) = &schema.schema_data.discriminator {
                let property = d.property_name.clone();
                let mut tagged = Vec::new();
                for (i, alt) in alts.iter().enumerate() {
                    let mut values: Vec<String> = Vec::new();
                    if let ReferenceOr::Reference { reference } = alt {
                        let target = schema_ref_name(reference);
                        for (value, mapped) in &d.mapping {
                            let mapped_name = schema_ref_name(mapped).or(Some(mapped.clone()));
                            if mapped == reference || (target.is_some() && mapped_name == target) {
                                values.push(value.clone());
                            }
                        }
                    }
                    if values.is_empty() {
                        // The alternative's own one-value tag property, else its component name.
                        let own = summaries[i].as_ref().and_then(|props| {
                            props
                                .iter()
                                .find(|(n, _, _)| *n == property)
                                .and_then(|(_, _, v)| v.clone())
                        });
                        match (own, alt) {
                            (Some(v), _) => values.push(v),
                            (None, ReferenceOr::Reference { reference }) => {
                                match schema_ref_name(reference) {
                                    Some(n) => values.push(n),
                                    None => return Ok(None),
                                }
                            }
                            (None, ReferenceOr::Item(_)) => return Ok(None),
                        }
                    }
                    tagged.extend(values.into_iter().map(|v| (v, i)));
                }
                (property, tagged)
            } else {
                match implicit_tag(&summaries) {
                    Some((property, values)) => {
                        (property, values.into_iter().zip(0..alts.len()).collect())
                    }
                    None => return Ok(None),
                }
            };
        let mut seen = std::collections::HashSet::new();
        if !tagged.iter().all(|(v, _)| seen.insert(v.clone())) {
            return Ok(None);
        }
        let mut scope = NameScope::default();
        let mut payloads: Vec<Option<TypeRef>> = vec![None; alts.len()];
        let mut variants = Vec::with_capacity(tagged.len());
        for (value, i) in tagged {
            let alt_pointer = format!("{pointer}/{key}/{i}");
            let rust_name = scope.claim(
                &variant_name(&value),
                &format!("tag value `{value}`"),
                &Location::pointer(&alt_pointer),
                self.diagnostics,
            );
            let ty = match &payloads[i] {
                Some(t) => t.clone(),
                None => {
                    let t = match &alts[i] {
                        ReferenceOr::Reference { reference } => {
                            TypeRef::Named(self.component(reference, &alt_pointer)?)
                        }
                        ReferenceOr::Item(s) => {
                            self.convert_item(s, &format!("{parent}{rust_name}"), &alt_pointer)?
                        }
                    };
                    payloads[i] = Some(t.clone());
                    t
                }
            };
            variants.push(TaggedVariant {
                rust_name,
                tag_value: value,
                ty,
            });
        }
        let fallback = ["Unknown", "Other", "UnknownVariant"]
            .into_iter()
            .find(|n| scope.is_free(n))
            .unwrap_or("UnknownTag")
            .to_owned();
        Ok(Some(TypeKind::Tagged {
            tag,
            variants,
            fallback,
        }))
    }

    /// A name for an inline object alternative saying what sets it apart from the others: its
    /// first required property no other alternative has, else its first property no other has.
    pub(crate) fn distinguishing_name(
        summaries: &[Option<PropertySummary>],
        index: usize,
    ) -> Option<String> {
        let mine = summaries.get(index)?.as_ref()?;
        let elsewhere = |name: &str| {
            summaries
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != index)
                .any(|(_, s)| {
                    s.as_ref()
                        .is_some_and(|p| p.iter().any(|(n, _, _)| n == name))
                })
        };
        let pick = mine
            .iter()
            .find(|(n, required, _)| *required && !elsewhere(n))
            .or_else(|| mine.iter().find(|(n, _, _)| !elsewhere(n)))?;
        let base = type_name(&pick.0);
        Some(if pick.1 { base } else { format!("With{base}") })
    }
}

/// The property every alternative requires with a one-value string enum of its own, different
/// for each: `(property, values in alternative order)`.
fn implicit_tag(summaries: &[Option<PropertySummary>]) -> Option<(String, Vec<String>)> {
    let first = summaries.first()?.as_ref()?;
    'candidates: for (name, required, value) in first {
        if !*required || value.is_none() {
            continue;
        }
        let mut values = Vec::with_capacity(summaries.len());
        for s in summaries {
            let Some(props) = s else {
                return None;
            };
            match props.iter().find(|(n, _, _)| n == name) {
                Some((_, true, Some(v))) => values.push(v.clone()),
                _ => continue 'candidates,
            }
        }
        let mut seen = std::collections::HashSet::new();
        if values.iter().all(|v| seen.insert(v.clone())) {
            return Some((name.clone(), values));
        }
    }
    None
}

/// Renames the untagged-union variants that a collision numbered (`Object`, `Object2`;
/// `Array`, `Array2`, `Array3`) once the types are final (after same-shape merging): each is
/// named after the type it holds when that is a type of its own (`StoragePolicy(StoragePolicy)`),
/// else after its shape (`Integers(Vec<i64>)`, `IntegerLists(Vec<Vec<i64>>)`, `Strings`); what
/// still collides is told apart by its position (`Object`, `SecondObject`), never a bare number.
pub fn name_numbered_alternatives(types: &mut TypeSpace) {
    for i in 0..types.len() {
        let Some(renamed) = renamed_alternatives(&types[i], types) else {
            continue;
        };
        if let TypeKind::OneOf(alts) = &mut types[i].kind {
            for (alt, name) in alts.iter_mut().zip(renamed) {
                alt.rust_name = name;
            }
        }
    }
}

/// The variant names of an untagged union once its numbered ones are renamed (see
/// [`name_numbered_alternatives`]); `None` when none is numbered.
fn renamed_alternatives(def: &TypeDef, space: &TypeSpace) -> Option<Vec<String>> {
    let TypeKind::OneOf(alts) = &def.kind else {
        return None;
    };
    let names: Vec<String> = alts.iter().map(|a| a.rust_name.clone()).collect();
    // (base name, the indices of the variants named `base`, `base2`, `base3`...)
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, name) in names.iter().enumerate() {
        // The longest other variant name this one is, with a number of 2 or more appended
        // (`T12` is `T1` numbered when both `T1` and `T12` are there).
        let Some(base) = names
            .iter()
            .filter(|base| {
                name.strip_prefix(base.as_str())
                    .is_some_and(|n| !n.starts_with('0') && n.parse::<u32>().is_ok_and(|n| n >= 2))
            })
            .max_by_key(|base| base.len())
        else {
            continue;
        };
        match groups.iter_mut().find(|(b, _)| b == base) {
            Some((_, members)) => members.push(i),
            None => {
                let first = names.iter().position(|n| n == base).unwrap_or(i);
                groups.push((base.to_owned(), vec![first, i]));
            }
        }
    }
    if groups.is_empty() {
        return None;
    }
    let grouped: HashSet<usize> = groups.iter().flat_map(|(_, m)| m.clone()).collect();
    let mut taken: HashSet<String> = names
        .iter()
        .enumerate()
        .filter(|(i, _)| !grouped.contains(i))
        .map(|(_, n)| n.clone())
        .collect();
    let mut renamed = names.clone();
    for (base, mut members) in groups {
        members.sort_unstable();
        let mut unnamed = Vec::new();
        for &i in &members {
            match held_name(&alts[i].ty, &def.name, space) {
                Some(name) if !taken.contains(&name) => {
                    taken.insert(name.clone());
                    renamed[i] = name;
                }
                _ => unnamed.push(i),
            }
        }
        let mut position = 0;
        for i in unnamed {
            let name = loop {
                let candidate = match position {
                    0 => base.clone(),
                    n => format!("{}{base}", ordinal(n + 1)),
                };
                position += 1;
                if !taken.contains(&candidate) {
                    break candidate;
                }
            };
            taken.insert(name.clone());
            renamed[i] = name;
        }
    }
    Some(renamed)
}

/// `Second`, `Third`... (`Alternative12` past twelve).
fn ordinal(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
        "Eleventh", "Twelfth",
    ];
    match WORDS.get(n.wrapping_sub(2)) {
        Some(word) => (*word).to_owned(),
        None => format!("Alternative{}", variant_name(&n.to_string())),
    }
}

/// The variant name a payload type gives: the name of a type of its own (not one made for this
/// union, named after it), else its shape (`Integer`, `Strings`, `IntegerLists`, `JsonMap`).
fn held_name(ty: &TypeRef, union: &str, space: &TypeSpace) -> Option<String> {
    match ty {
        TypeRef::Named(id) => {
            let n = space.name(*id);
            (!n.starts_with(union)).then(|| n.to_owned())
        }
        other => shape_name(other, space),
    }
}

/// A payload's shape as a variant name: `String`, `Integer`, `Number`, `Bool`, `Json`, `File`,
/// lists as plurals (`Integers`, `Strings`), lists of lists and of named types as `…Lists`
/// and `…List` (`IntegerLists`, `PetList`), maps as `…Map`.
fn shape_name(ty: &TypeRef, space: &TypeSpace) -> Option<String> {
    Some(match ty {
        TypeRef::String => "String".into(),
        TypeRef::I32 | TypeRef::I64 => "Integer".into(),
        TypeRef::F64 => "Number".into(),
        TypeRef::Bool => "Bool".into(),
        TypeRef::Json => "Json".into(),
        TypeRef::Binary => "File".into(),
        TypeRef::Named(id) => space.name(*id).to_owned(),
        TypeRef::Boxed(inner) | TypeRef::Nullable(inner) | TypeRef::Expandable(inner) => {
            shape_name(inner, space)?
        }
        TypeRef::Vec(inner) => match unwrapped(inner) {
            TypeRef::Vec(element) => format!("{}Lists", shape_name(element, space)?),
            TypeRef::Named(id) => format!("{}List", space.name(*id)),
            TypeRef::Map(_) => format!("{}s", shape_name(inner, space)?),
            scalar => format!("{}s", shape_name(scalar, space)?),
        },
        TypeRef::Map(inner) => format!("{}Map", shape_name(inner, space)?),
    })
}

/// `ty` without `Box` and `Option`.
fn unwrapped(ty: &TypeRef) -> &TypeRef {
    match ty {
        TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => unwrapped(inner),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TypeId;

    fn union(id: TypeId, alts: Vec<(&str, TypeRef)>) -> TypeDef {
        TypeDef {
            id,
            name: "Value".into(),
            kind: TypeKind::OneOf(
                alts.into_iter()
                    .map(|(n, ty)| crate::model::Alternative {
                        rust_name: n.into(),
                        ty,
                    })
                    .collect(),
            ),
            doc: None,
            pointer: String::new(),
            has_default: false,
        }
    }

    fn names(def: &TypeDef) -> Vec<String> {
        let TypeKind::OneOf(alts) = &def.kind else {
            unreachable!()
        };
        alts.iter().map(|a| a.rust_name.clone()).collect()
    }

    #[test]
    fn numbered_variants_are_named_after_what_they_hold() {
        let ints = TypeRef::Vec(Box::new(TypeRef::I64));
        let lists = TypeRef::Vec(Box::new(ints.clone()));
        let mut types = TypeSpace::new();
        let value = types.new_id();
        let mut named = |name: &str| {
            let id = types.new_id();
            types.push(TypeDef {
                id,
                name: name.into(),
                kind: TypeKind::Alias(TypeRef::Json),
                doc: None,
                pointer: String::new(),
                has_default: false,
            });
            TypeRef::Named(id)
        };
        let alternatives = vec![
            ("Object", named("ValueObject")),
            ("Object2", named("StoragePolicy")),
            ("Array", ints),
            ("Array2", lists),
            ("Array3", TypeRef::Vec(Box::new(TypeRef::String))),
            ("Json", TypeRef::Json),
            ("Json2", TypeRef::Json),
            ("Member", named("ValueMember")),
            ("Member2", named("ValueMember2")),
            ("Pet2", named("Pet2")),
            ("V1", named("ValueV1")),
            ("V12", named("ValueV12")),
        ];
        types.push(union(value, alternatives));
        name_numbered_alternatives(&mut types);
        assert_eq!(
            names(types.get(value).expect("the union")),
            [
                "Object",
                "StoragePolicy",
                "Integers",
                "IntegerLists",
                "Strings",
                "Json",
                "SecondJson",
                "Member",
                "SecondMember",
                "Pet2",
                "V1",
                "SecondV1"
            ]
        );
    }
}
