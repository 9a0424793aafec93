//! `oneOf`/`anyOf` as a Rust engineer would write them: tagged enums when a tag property tells
//! the alternatives apart (a `discriminator`, or a required one-value enum property every
//! alternative has), untagged enums with variants named after what they hold otherwise.

use openapiv3::{ReferenceOr, Schema};

use crate::error::{Location, Result};
use crate::model::naming::{type_name, variant_name, NameScope};
use crate::model::types::{one_of_key, TypeBuilder};
use crate::model::{TaggedVariant, TypeKind, TypeRef};
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
