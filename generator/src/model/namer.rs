//! The one namer of the crate's type namespace. Every item in it — generated types, resource
//! handles, operations' response and error enums — asks for a name when it is created (a
//! [`NameRequest`] in the [`TypeSpace`], keyed by its [`TypeId`]); no stage claims a name while
//! it converts. The namer gives the names in two passes around same-shape merging:
//!
//! 1. [`name_items`], before merging: the spec's own names (components) first, then every other
//!    item in the order it was met. A suggested item takes the first of its preferred names (a
//!    title, `…Responses` after `…Response`) that is free, quietly; else its place's name,
//!    numbered with a warning when taken.
//! 2. After merging (`dedup.rs` names each class of merged inline types after what they share,
//!    among the names still free), [`shorten_long_names`]: a type name over
//!    [`MAX_TYPE_NAME`] characters is shortened to a free form.

use std::collections::{HashMap, HashSet};

use crate::error::{Diagnostic, DiagnosticKind, Location};
use crate::model::dedup::{shortened, MAX_TYPE_NAME};
use crate::model::naming::{NameScope, RESERVED_TYPE_NAMES};
use crate::model::{NameHint, OperationErrors, Resource, TypeId, TypeSpace};

/// Gives every item of the namespace that asked for a name its name: the definitions of
/// `space`, the handles of `resources` and their operations' response and error enums. Returns
/// every name in use (the reserved ones too), which merging must not give away.
pub fn name_items(
    space: &mut TypeSpace,
    resources: &mut [Resource],
    diagnostics: &mut Vec<Diagnostic>,
) -> HashSet<String> {
    let mut scope = NameScope::with_reserved(
        RESERVED_TYPE_NAMES,
        "the Rust prelude or the client runtime",
    );
    let mut names: HashMap<TypeId, String> = HashMap::new();
    let required = |id: &TypeId| {
        space
            .request(*id)
            .is_some_and(|r| matches!(r.hint, NameHint::Required(_)))
    };
    let (first, rest): (Vec<TypeId>, Vec<TypeId>) = space.ids().partition(required);
    for id in first.into_iter().chain(rest) {
        let Some(request) = space.request(id) else {
            continue;
        };
        let location = Location::pointer(&request.pointer);
        let fallback_of = |fallback: &str| parent_place(space, &names, request.parent, fallback);
        let name = match &request.hint {
            NameHint::Required(name) => scope.claim(name, &request.owner, &location, diagnostics),
            NameHint::Suggested {
                preferred,
                fallback,
            } => match preferred.iter().find(|p| scope.is_free(p)) {
                Some(free) => {
                    let fallback = fallback_of(fallback);
                    if request.from_title && *free != fallback {
                        diagnostics.push(Diagnostic::note(
                            Location::default(),
                            format!("type `{free}` (from `{}`) is named after its title, not its place (`{fallback}`)", request.pointer),
                        ).with_kind(DiagnosticKind::TypeName));
                    }
                    scope.claim(free, &request.owner, &location, diagnostics)
                }
                None => scope.claim(
                    &fallback_of(fallback),
                    &request.owner,
                    &location,
                    diagnostics,
                ),
            },
        };
        names.insert(id, name);
    }
    apply(space, resources, &names);
    RESERVED_TYPE_NAMES
        .iter()
        .map(|n| n.to_string())
        .chain(names.into_values())
        .collect()
}

/// An item's place name once its parent has its final name: `PetOwner` is `Pet2Owner` when
/// the parent `Pet` was numbered.
fn parent_place(
    space: &TypeSpace,
    names: &HashMap<TypeId, String>,
    parent: Option<TypeId>,
    fallback: &str,
) -> String {
    let renamed = parent.and_then(|p| {
        let desired = space.request(p)?.hint.desired();
        let given = names.get(&p)?;
        (desired != given).then_some((desired, given))
    });
    match renamed {
        Some((desired, given)) if fallback.starts_with(desired) => {
            format!("{given}{}", &fallback[desired.len()..])
        }
        _ => fallback.to_owned(),
    }
}

/// Shortens the type names over [`MAX_TYPE_NAME`] characters: repeated words go first, then
/// words from the middle, keeping the leading words (the operation) and the trailing ones (the
/// thing); `taken` holds every name in use and gets the new ones.
pub fn shorten_long_names(
    space: &mut TypeSpace,
    taken: &mut HashSet<String>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    taken.extend(space.iter().map(|d| d.name.clone()));
    for def in space.iter_mut().filter(|d| d.name.len() > MAX_TYPE_NAME) {
        let Some(short) = shortened(&def.name, taken) else {
            diagnostics.push(
                Diagnostic::warning(
                    Location::pointer(&def.pointer),
                    format!(
                        "type name `{}` is long and has no shorter free form",
                        def.name
                    ),
                )
                .with_kind(DiagnosticKind::TypeName),
            );
            continue;
        };
        diagnostics.push(
            Diagnostic::note(
                Location::default(),
                format!(
                    "type `{}` (from `{}`) is named `{short}` (shortened)",
                    def.name, def.pointer
                ),
            )
            .with_kind(DiagnosticKind::TypeName),
        );
        taken.insert(short.clone());
        def.name = short;
    }
}

/// Writes the names into the definitions, the handles and the enums.
fn apply(space: &mut TypeSpace, resources: &mut [Resource], names: &HashMap<TypeId, String>) {
    for def in space.iter_mut() {
        if let Some(name) = names.get(&def.id) {
            def.name.clone_from(name);
        }
    }
    for r in resources.iter_mut() {
        if let Some(name) = names.get(&r.handle_id) {
            r.type_name.clone_from(name);
        }
        for op in &mut r.operations {
            let errors = match &mut op.errors {
                Some(OperationErrors::Enum(e)) => Some(e),
                _ => None,
            };
            for e in op.success_enum.iter_mut().chain(errors) {
                if let Some(name) = names.get(&e.id) {
                    e.name.clone_from(name);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::error::DiagnosticKind;

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /pets:
    post:
      tags: [pets]
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                title: Shipping Label
                properties: {carrier: {type: string}}
components:
  schemas:
    Pet:
      type: object
      properties:
        owner:
          type: object
          properties:
            address:
              type: object
              properties: {city: {type: string}}
        label:
          type: object
          title: Shipping Label
          properties: {weight: {type: integer}}
    PetOwner:
      type: object
      properties: {name: {type: string}}
"#;

    fn names() -> (Vec<String>, Vec<crate::error::Diagnostic>) {
        let document: serde_json::Value = serde_yaml::from_str(SPEC).expect("YAML");
        let mut diagnostics = Vec::new();
        let api = crate::model::build(&document, &mut diagnostics).expect("builds");
        let names = api.types.iter().map(|t| t.name.clone()).collect();
        (names, diagnostics)
    }

    /// The spec's own name wins over a place; a numbered type's children follow its number.
    #[test]
    fn components_first_and_children_follow_a_numbered_parent() {
        let (names, diagnostics) = names();
        for name in ["PetOwner", "PetOwner2", "PetOwner2Address"] {
            assert!(names.contains(&name.to_owned()), "{name} in {names:?}");
        }
        assert!(!names.contains(&"PetOwnerAddress2".to_owned()), "{names:?}");
        assert!(diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::NameCollision && d.message.contains("PetOwner2")));
    }

    /// A title names the type when that name is free (noted); the next one with the title
    /// takes its place's name, quietly.
    #[test]
    fn a_free_title_names_the_type() {
        let (names, diagnostics) = names();
        assert!(names.contains(&"ShippingLabel".to_owned()), "{names:?}");
        assert!(
            !names.iter().any(|n| n.starts_with("ShippingLabel2")),
            "{names:?}"
        );
        assert!(diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::TypeName
                && d.message.contains("`ShippingLabel`")
                && d.message.contains("title")));
    }
}
