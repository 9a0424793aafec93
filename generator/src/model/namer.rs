//! The one namer of the crate's type namespace. Every item in it — generated types, resource
//! handles, operations' response and error enums — asks for a name when it is created (a
//! [`NameRequest`](crate::model::NameRequest) in the [`TypeSpace`], keyed by its [`TypeId`]); no stage claims a name while
//! it converts. The namer gives the names in two passes around same-shape merging:
//!
//! 1. [`name_items`], before merging: the spec's own names (components) first, then every other
//!    item in the order it was met. A suggested item takes the first of its preferred names (a
//!    title, `…Responses` after `…Response`) that is free, quietly; else its place's name,
//!    numbered with a warning when taken.
//! 2. After merging (`dedup.rs` names each class of merged inline types after what they share,
//!    among the names still free), [`rename_after_merging`]: the items that did not get their
//!    first choice ask again, now that merged-away types hold no names; then
//!    [`shorten_long_names`]: a type name over [`MAX_TYPE_NAME`] characters is shortened to a
//!    free form.

use std::collections::{HashMap, HashSet};

use crate::error::{Diagnostic, DiagnosticKind, Location};
use crate::model::dedup::{shortened, MAX_TYPE_NAME};
use crate::model::naming::{NameScope, RESERVED_TYPE_NAMES};
use crate::model::{NameHint, OperationErrors, Resource, TypeId, TypeSpace};

/// The names the first pass gave.
pub struct Names {
    /// Every name in use (the reserved ones too), which merging must not give away.
    pub taken: HashSet<String>,
    /// The name of each item.
    by_id: HashMap<TypeId, String>,
    /// The items that did not get the name they asked for first: numbered (`Address2`), or a
    /// later preferred one (`…Responses` after `…Response`).
    second_choice: HashSet<TypeId>,
    /// For an item named after one of its preferred names, which one.
    rank: HashMap<TypeId, usize>,
}

/// Gives every item of the namespace that asked for a name its name: the definitions of
/// `space`, the handles of `resources` and their operations' response and error enums.
pub fn name_items(
    space: &mut TypeSpace,
    resources: &mut [Resource],
    diagnostics: &mut Vec<Diagnostic>,
) -> Names {
    let mut second_choice = HashSet::new();
    let mut rank = HashMap::new();
    let mut scope = type_scope();
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
            NameHint::Required(name) => {
                let given = scope.claim(name, &request.owner, &location, diagnostics);
                if given != *name {
                    second_choice.insert(id);
                }
                given
            }
            NameHint::Suggested {
                preferred,
                fallback,
            } => match preferred.iter().position(|p| scope.is_free(p)) {
                Some(i) => {
                    let free = &preferred[i];
                    rank.insert(id, i);
                    if i > 0 {
                        second_choice.insert(id);
                    }
                    let fallback = fallback_of(fallback);
                    if request.from_title && *free != fallback {
                        diagnostics.push(Diagnostic::note(
                            Location::default(),
                            format!("type `{free}` (from `{}`) is named after its title, not its place (`{fallback}`)", request.pointer),
                        ).with_kind(DiagnosticKind::TypeName));
                    }
                    scope.claim(free, &request.owner, &location, diagnostics)
                }
                None => {
                    let wanted = fallback_of(fallback);
                    let given = scope.claim(&wanted, &request.owner, &location, diagnostics);
                    if given != wanted {
                        second_choice.insert(id);
                    }
                    given
                }
            },
        };
        names.insert(id, name);
    }
    apply(space, resources, &names);
    Names {
        taken: RESERVED_TYPE_NAMES
            .iter()
            .map(|n| n.to_string())
            .chain(names.values().cloned())
            .collect(),
        by_id: names,
        second_choice,
        rank,
    }
}

/// Names again, once same-shape types are merged, the items that did not get their first
/// choice (`first`: the first pass; `class_names`: the name each class of merged inline types
/// takes): a name a merged-away type held is free now, so no type stays numbered (`Address3`,
/// `…Responses`) because of a type that no longer exists. Every other item keeps its name, a
/// renamed type's children follow it (`Address2Line` becomes `AddressLine`), and the types
/// named after their class keep their children's names as they are. Only this pass reports
/// names that are still taken (pass the first pass's warnings of other kinds on). Returns
/// every name in use.
pub fn rename_after_merging(
    space: &mut TypeSpace,
    resources: &mut [Resource],
    first: &Names,
    class_names: &HashMap<TypeId, String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> HashSet<String> {
    let live = live_items(space, resources);
    let old = |id: TypeId| {
        class_names
            .get(&id)
            .or_else(|| first.by_id.get(&id))
            .cloned()
    };
    let mut scope = type_scope();
    let settled = |id: &TypeId| !first.second_choice.contains(id) || class_names.contains_key(id);
    for id in live.iter().filter(|id| settled(id)) {
        if let (Some(name), Some(request)) = (old(*id), space.request(*id)) {
            scope.reserve(&name, &request.owner);
        }
    }
    let mut names: HashMap<TypeId, String> = HashMap::new();
    let mut ids: Vec<TypeId> = live.iter().copied().collect();
    ids.sort_unstable();
    for id in ids {
        let (Some(request), Some(before)) = (space.request(id), old(id)) else {
            continue;
        };
        // A child whose parent is named again follows it; a type named after its class keeps
        // its children as they are.
        let parent_moved = request.parent.and_then(|p| {
            let was = first.by_id.get(&p)?;
            let now = names.get(&p)?;
            (!class_names.contains_key(&p) && was != now).then_some((was, now))
        });
        let follows = parent_moved.filter(|(was, _)| before.starts_with(was.as_str()));
        if settled(&id) && follows.is_none() {
            names.insert(id, before);
            continue;
        }
        scope.release(&before);
        let location = Location::pointer(&request.pointer);
        let name = match (&request.hint, follows) {
            (_, Some((was, now))) => {
                let wanted = format!("{now}{}", &before[was.len()..]);
                scope.claim(&wanted, &request.owner, &location, diagnostics)
            }
            (NameHint::Required(name), None) => {
                scope.claim(name, &request.owner, &location, diagnostics)
            }
            (
                NameHint::Suggested {
                    preferred,
                    fallback,
                },
                None,
            ) => {
                let fallback = parent_place(space, &names, request.parent, fallback);
                let upto = first.rank.get(&id).map_or(0, |r| r + 1);
                match preferred[..upto.min(preferred.len())]
                    .iter()
                    .find(|p| scope.is_free(p))
                {
                    Some(free) => scope.claim(free, &request.owner, &location, diagnostics),
                    None => scope.claim(&fallback, &request.owner, &location, diagnostics),
                }
            }
        };
        names.insert(id, name);
    }
    apply(space, resources, &names);
    let mut taken = first.taken.clone();
    taken.extend(class_names.values().cloned());
    taken.extend(names.into_values());
    taken
}

/// An empty type namespace: only the names the Rust prelude and the client runtime hold.
fn type_scope() -> NameScope {
    NameScope::with_reserved(
        RESERVED_TYPE_NAMES,
        "the Rust prelude or the client runtime",
    )
}

/// The items of the namespace that are still there: every definition, every handle, every
/// operation's response and error enum.
fn live_items(space: &TypeSpace, resources: &[Resource]) -> HashSet<TypeId> {
    let mut live: HashSet<TypeId> = space.iter().map(|d| d.id).collect();
    for r in resources {
        live.insert(r.handle_id);
        for op in &r.operations {
            live.extend(op.success_enum.as_ref().map(|e| e.id));
            if let Some(OperationErrors::Enum(e)) = &op.errors {
                live.insert(e.id);
            }
        }
    }
    live
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
        let desired = space.request(p)?.provisional.as_str();
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

    /// A name a merged-away type held is free again: the type numbered because of it is not.
    #[test]
    fn merging_frees_the_names_of_the_types_it_folds() {
        let spec = r#"
openapi: 3.0.3
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    Pet:
      type: object
      properties:
        owner_name: {type: object, properties: {first: {type: string}, last: {type: string}}}
    Shop:
      type: object
      properties:
        owner_name: {type: object, properties: {first: {type: string}, last: {type: string}}}
    PetOwner:
      type: object
      properties:
        name: {type: object, properties: {nick: {type: string}}}
"#;
        let document: serde_json::Value = serde_yaml::from_str(spec).expect("YAML");
        let mut diagnostics = Vec::new();
        let api = crate::model::build(&document, &mut diagnostics).expect("builds");
        let names: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
        assert!(names.contains(&"OwnerName"), "{names:?}");
        assert!(names.contains(&"PetOwnerName"), "{names:?}");
        assert!(!names.contains(&"PetOwnerName2"), "{names:?}");
        let nick = api.types.by_name("PetOwnerName").expect("PetOwnerName");
        assert!(nick.pointer.contains("PetOwner"), "{}", nick.pointer);
        assert!(
            !diagnostics
                .iter()
                .any(|d| d.kind == DiagnosticKind::NameCollision),
            "{diagnostics:?}"
        );
    }
}
