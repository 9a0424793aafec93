//! Cargo features of the generated crate, computed from the type graph: each resource is a
//! feature that compiles its operations and exactly the types they reach; `client` is the HTTP
//! stack (reqwest, tokio). Types no operation reaches (component schemas no operation uses, and
//! what they refer to) are one more feature, [`UNREFERENCED_FEATURE`]: nothing else in the crate
//! needs them (webhook decoding names object types, but each `EventObject` variant is gated
//! like its type), so a build of one resource compiles that resource's types only.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::model::graph::{operation_roots, TypeGraph};
use crate::model::{Api, TypeId, TypeRef};

/// The feature that brings the HTTP client, the runtime and the resource handles.
pub const CLIENT_FEATURE: &str = "client";

/// The feature that compiles the types no operation reaches: component schemas no operation
/// uses, and the types they refer to.
pub const UNREFERENCED_FEATURE: &str = "unreferenced_schemas";

/// The feature (on by default) that derives `PartialEq` for the structs and unions: it costs a
/// comparison per field to compile, so a slim build (`default-features = false`) leaves it out
/// unless asked for. String enums always compare (and hash).
pub const PARTIAL_EQ_FEATURE: &str = "partial_eq";

/// Features that are not resources; a resource with one of these names gets `<name>-resource`.
const OTHER_FEATURES: &[&str] = &[
    "client",
    "default",
    "deserialize",
    PARTIAL_EQ_FEATURE,
    "serialize",
    "testing",
    "tracing",
    UNREFERENCED_FEATURE,
];

/// Which features compile what.
#[derive(Debug, Clone, Default)]
pub struct FeaturePlan {
    /// `(resource accessor, feature name)`, in resource order.
    pub resources: Vec<(String, String)>,
    /// For every type: the features that reach it (any of them compiles it): the resources
    /// whose operations reach it, and [`UNREFERENCED_FEATURE`] when a type no operation reaches
    /// refers to it (or it is one).
    pub type_features: HashMap<TypeId, BTreeSet<String>>,
    /// Whether some type is compiled by [`UNREFERENCED_FEATURE`] (the crate has the feature).
    pub has_unreferenced: bool,
    /// Types that need the HTTP stack (they hold a `FileUpload`, or a type that does).
    pub needs_client: BTreeSet<TypeId>,
}

impl FeaturePlan {
    /// The feature of a resource, by accessor name.
    pub fn resource_feature(&self, fn_name: &str) -> Option<&str> {
        self.resources
            .iter()
            .find(|(r, _)| r == fn_name)
            .map(|(_, f)| f.as_str())
    }

    /// `(features any of which compiles the type, whether `client` is needed too)`; no
    /// features and no client: always compiled (a type the plan does not know).
    pub fn gate(&self, id: TypeId) -> (Vec<&str>, bool) {
        let features = self
            .type_features
            .get(&id)
            .map(|s| s.iter().map(String::as_str).collect())
            .unwrap_or_default();
        (features, self.needs_client.contains(&id))
    }
}

fn holds_binary(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Binary => true,
        TypeRef::Vec(i)
        | TypeRef::Map(i)
        | TypeRef::Boxed(i)
        | TypeRef::Expandable(i)
        | TypeRef::Nullable(i) => holds_binary(i),
        _ => false,
    }
}

/// Computes the crate's features from the resources and the type graph.
pub fn plan(api: &Api) -> FeaturePlan {
    let resources: Vec<(String, String)> = api
        .resources
        .iter()
        .map(|r| {
            let plain = r.fn_name.as_str().to_owned();
            let feature = if OTHER_FEATURES.contains(&plain.as_str()) {
                format!("{plain}-resource")
            } else {
                plain
            };
            (r.fn_name.as_str().to_owned(), feature)
        })
        .collect();
    let graph = TypeGraph::new(api.types.as_slice());
    let mut seen = Vec::new();
    // What each node is reached by; roots the graph does not know (an id no type has) are
    // reached too.
    let mut reached_by: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); graph.len()];
    let mut unknown_roots: BTreeMap<TypeId, BTreeSet<String>> = BTreeMap::new();
    for (resource, (_, feature)) in api.resources.iter().zip(&resources) {
        let mut roots = Vec::new();
        for root in resource.operations.iter().flat_map(operation_roots) {
            match graph.node(root) {
                Some(id) => roots.push(id),
                None => {
                    unknown_roots
                        .entry(root)
                        .or_default()
                        .insert(feature.clone());
                }
            }
        }
        for id in graph.reach(roots, &mut seen) {
            reached_by[id].insert(feature.as_str());
        }
    }
    // Types no operation reaches, and everything they refer to, are one more feature: a type
    // both an operation and such a type reach is compiled by either.
    let unreached: Vec<usize> = api
        .types
        .iter()
        .filter(|t| {
            !unknown_roots.contains_key(&t.id)
                && graph.node(t.id).is_none_or(|id| reached_by[id].is_empty())
        })
        .filter_map(|t| graph.node(t.id))
        .collect();
    let has_unreferenced = !unreached.is_empty();
    for id in graph.reach(unreached, &mut seen) {
        reached_by[id].insert(UNREFERENCED_FEATURE);
    }
    let mut type_features: HashMap<TypeId, BTreeSet<String>> = reached_by
        .into_iter()
        .enumerate()
        .filter(|(_, by)| !by.is_empty())
        .map(|(node, by)| (graph.id(node), by.into_iter().map(str::to_owned).collect()))
        .collect();
    for (id, by) in unknown_roots {
        type_features.entry(id).or_default().extend(by);
    }
    // Holding a `FileUpload` (directly or through another type) needs the client runtime.
    let holders = api
        .types
        .iter()
        .filter(|t| t.kind.type_refs().into_iter().any(holds_binary))
        .filter_map(|t| graph.node(t.id));
    let reaching = graph.reaching(holders);
    let needs_client: BTreeSet<TypeId> = api
        .types
        .iter()
        .filter(|t| graph.node(t.id).is_some_and(|id| reaching[id]))
        .map(|t| t.id)
        .collect();
    FeaturePlan {
        resources,
        type_features,
        has_unreferenced,
        needs_client,
    }
}
