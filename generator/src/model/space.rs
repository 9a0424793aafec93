//! The type space: every generated type by its [`TypeId`], the identity it gets when it is
//! created and keeps through merges, renames and sorting. References between types
//! ([`TypeRef::Named`](crate::model::TypeRef::Named)) hold ids, so renaming a type (the dedup
//! pass, long-name shortening, `[renames.types]`) changes one definition and nothing that
//! refers to it; merging types ([`TypeSpace::merge`]) maps ids.

use std::collections::HashMap;

use crate::model::TypeDef;

/// A generated type's identity, given when the type is created (components first, in the
/// spec's order, then inline and operation types in the order they are met).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(u32);

/// No definition has this id (yet, or any more).
const NONE: u32 = u32::MAX;

/// What a name in the crate's type namespace should be, before [`crate::model::namer`] gives
/// the final one (after same-shape merging, so merged types leave no numbered names behind).
#[derive(Debug, Clone, PartialEq)]
pub enum NameHint {
    /// The spec's own name (a component schema's): claimed before every suggested one.
    Required(String),
    /// A name from the item's place: the first of `preferred` that is free (quietly), else
    /// `fallback`, with a number and a warning when it is taken.
    Suggested {
        /// Names to take when free, best first (a title, a shared name of merged types).
        preferred: Vec<String>,
        /// The name of the item's place.
        fallback: String,
    },
}

impl NameHint {
    /// A name from the item's place, with nothing preferred.
    pub fn place(name: impl Into<String>) -> Self {
        NameHint::Suggested {
            preferred: Vec::new(),
            fallback: name.into(),
        }
    }

    /// The name the item has when nothing else wants it.
    pub fn desired(&self) -> &str {
        match self {
            NameHint::Required(n) => n,
            NameHint::Suggested {
                preferred,
                fallback,
            } => preferred.first().unwrap_or(fallback),
        }
    }
}

/// One item's claim on a name: its hint, who it is and where (for the warning when the name is
/// taken).
#[derive(Debug, Clone, PartialEq)]
pub struct NameRequest {
    /// The names it wants.
    pub hint: NameHint,
    /// What it is, in a warning (`inline schema at #/…`, `resource `disputes``).
    pub owner: String,
    /// The JSON pointer a warning is located at.
    pub pointer: String,
    /// The preferred name is the schema's title: a note says so when it is taken.
    pub from_title: bool,
    /// The type whose definition this item's place is in (a field's type, an item type): when
    /// the namer numbers that type (`Pet2`), this item's place name follows (`Pet2Owner`,
    /// not `PetOwner2`).
    pub parent: Option<TypeId>,
    /// The name the item had while it was built ([`NameHint::desired`] then): its children's
    /// place names start with it.
    pub provisional: String,
}

/// The generated types, in one order (by name once the model is built), each found by id in
/// constant time.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypeSpace {
    defs: Vec<TypeDef>,
    /// Index into `defs` of each id's definition (`NONE` when it has none).
    slot: Vec<u32>,
    /// Each id's claim on a name (types, resource handles, response and error enums).
    requests: Vec<Option<NameRequest>>,
}

impl TypeSpace {
    /// An empty space.
    pub fn new() -> Self {
        TypeSpace::default()
    }

    /// A new identity, not yet defined ([`TypeSpace::push`] defines it).
    pub fn new_id(&mut self) -> TypeId {
        let id = TypeId(self.slot.len() as u32);
        self.slot.push(NONE);
        self.requests.resize(self.slot.len(), None);
        id
    }

    /// A new identity in the type namespace with its claim on a name.
    pub fn new_named(&mut self, request: NameRequest) -> TypeId {
        let id = self.new_id();
        self.requests[id.0 as usize] = Some(request);
        id
    }

    /// The claim of `id` on a name, if it made one.
    pub fn request(&self, id: TypeId) -> Option<&NameRequest> {
        self.requests.get(id.0 as usize).and_then(Option::as_ref)
    }

    /// Drops every claim on a name (once the namer has given them: the names are in the
    /// definitions, and the claims are not needed to emit the crate).
    pub fn forget_requests(&mut self) {
        self.requests = Vec::new();
    }

    /// Every id given so far, in the order given.
    pub fn ids(&self) -> impl Iterator<Item = TypeId> {
        (0..self.slot.len() as u32).map(TypeId)
    }

    /// Adds the definition of `def.id` (an id from [`TypeSpace::new_id`]).
    pub fn push(&mut self, def: TypeDef) {
        let i = def.id.0 as usize;
        if i >= self.slot.len() {
            self.slot.resize(i + 1, NONE);
            self.requests.resize(i + 1, None);
        }
        self.slot[i] = self.defs.len() as u32;
        self.defs.push(def);
    }

    /// The definition of `id`, if it has one.
    pub fn get(&self, id: TypeId) -> Option<&TypeDef> {
        match self.slot.get(id.0 as usize) {
            Some(&i) if i != NONE => self.defs.get(i as usize),
            _ => None,
        }
    }

    /// The definition of `id` to change, if it has one.
    pub fn get_mut(&mut self, id: TypeId) -> Option<&mut TypeDef> {
        match self.slot.get(id.0 as usize) {
            Some(&i) if i != NONE => self.defs.get_mut(i as usize),
            _ => None,
        }
    }

    /// The Rust name of `id`. Every id a model's reference holds is defined; an undefined one
    /// (a bug) reads as an empty name, which the emit stage's parse of the output reports.
    pub fn name(&self, id: TypeId) -> &str {
        self.get(id).map_or("", |d| d.name.as_str())
    }

    /// The type named `name` (a linear search: for the names of settings, not for references).
    pub fn by_name(&self, name: &str) -> Option<&TypeDef> {
        self.defs.iter().find(|d| d.name == name)
    }

    /// The definitions, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, TypeDef> {
        self.defs.iter()
    }

    /// The definitions to change (names and kinds; ids stay).
    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, TypeDef> {
        self.defs.iter_mut()
    }

    /// The definitions as a slice.
    pub fn as_slice(&self) -> &[TypeDef] {
        &self.defs
    }

    /// How many definitions there are.
    pub fn len(&self) -> usize {
        self.defs.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.defs.is_empty()
    }

    /// Keeps the definitions `keep` accepts.
    pub fn retain(&mut self, keep: impl FnMut(&TypeDef) -> bool) {
        self.defs.retain(keep);
        self.reindex();
    }

    /// Orders the definitions by name (the order of the generated files).
    pub fn sort_by_name(&mut self) {
        self.defs.sort_by(|a, b| a.name.cmp(&b.name));
        self.reindex();
    }

    /// Folds each id of `merged` into the id it maps to: its definition is removed and every
    /// reference to it (in the definitions; operations are the caller's) names the other.
    pub fn merge(&mut self, merged: &HashMap<TypeId, TypeId>) {
        if merged.is_empty() {
            return;
        }
        self.defs.retain(|d| !merged.contains_key(&d.id));
        for def in &mut self.defs {
            for t in def.kind.type_refs_mut() {
                t.for_each_named_mut(&mut |id| {
                    if let Some(to) = merged.get(id) {
                        *id = *to;
                    }
                });
            }
        }
        self.reindex();
    }

    fn reindex(&mut self) {
        self.slot.iter_mut().for_each(|s| *s = NONE);
        for (i, d) in self.defs.iter().enumerate() {
            self.slot[d.id.0 as usize] = i as u32;
        }
    }
}

impl std::ops::Index<usize> for TypeSpace {
    type Output = TypeDef;
    fn index(&self, i: usize) -> &TypeDef {
        &self.defs[i]
    }
}

/// A definition by position, to change its kind, name or docs (never its id: the index
/// would no longer find it).
impl std::ops::IndexMut<usize> for TypeSpace {
    fn index_mut(&mut self, i: usize) -> &mut TypeDef {
        &mut self.defs[i]
    }
}

impl<'a> IntoIterator for &'a TypeSpace {
    type Item = &'a TypeDef;
    type IntoIter = std::slice::Iter<'a, TypeDef>;
    fn into_iter(self) -> Self::IntoIter {
        self.defs.iter()
    }
}
