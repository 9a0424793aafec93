//! Cargo features of the generated crate, computed from the type graph: each resource is a
//! feature that compiles its operations and exactly the types they reach; `client` is the HTTP
//! stack (reqwest, tokio). Types no operation reaches (and what they reach) are always there.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::model::graph::{operation_roots, reachable};
use crate::model::{Api, TypeRef};

/// The feature that brings the HTTP client, the runtime and the resource handles.
pub const CLIENT_FEATURE: &str = "client";

/// Features that are not resources.
const OTHER_FEATURES: &[&str] = &["client", "default", "deserialize", "serialize", "tracing"];

/// Which features compile what.
#[derive(Debug, Clone, Default)]
pub struct FeaturePlan {
    /// `(resource accessor, feature name)`, in resource order.
    pub resources: Vec<(String, String)>,
    /// For a gated type: the resource features that reach it (any of them compiles it).
    pub type_features: HashMap<String, BTreeSet<String>>,
    /// Types that need the HTTP stack (they hold a `FileUpload`, or a type that does).
    pub needs_client: BTreeSet<String>,
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
    /// features and no client: always compiled.
    pub fn gate(&self, type_name: &str) -> (Vec<&str>, bool) {
        let features = self
            .type_features
            .get(type_name)
            .map(|s| s.iter().map(String::as_str).collect())
            .unwrap_or_default();
        (features, self.needs_client.contains(type_name))
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
            let plain = r.fn_name.trim_start_matches("r#").to_owned();
            let feature = if OTHER_FEATURES.contains(&plain.as_str()) {
                format!("{plain}-resource")
            } else {
                plain
            };
            (r.fn_name.clone(), feature)
        })
        .collect();
    let mut reached_by: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (resource, (_, feature)) in api.resources.iter().zip(&resources) {
        let roots = resource.operations.iter().flat_map(operation_roots);
        for t in reachable(&api.types, roots) {
            reached_by.entry(t).or_default().insert(feature.clone());
        }
    }
    // Types no operation reaches are always compiled, and so is everything they refer to.
    let unreached = api
        .types
        .iter()
        .filter(|t| !reached_by.contains_key(&t.name))
        .map(|t| t.name.clone());
    let always = reachable(&api.types, unreached);
    let type_features = reached_by
        .into_iter()
        .filter(|(t, _)| !always.contains(t))
        .collect();
    // Holding a `FileUpload` (directly or through another type) needs the client runtime.
    let mut needs_client: BTreeSet<String> = api
        .types
        .iter()
        .filter(|t| t.kind.type_refs().into_iter().any(holds_binary))
        .map(|t| t.name.clone())
        .collect();
    loop {
        let before = needs_client.len();
        for t in &api.types {
            if !needs_client.contains(&t.name)
                && t.references().iter().any(|r| needs_client.contains(*r))
            {
                needs_client.insert(t.name.clone());
            }
        }
        if needs_client.len() == before {
            break;
        }
    }
    FeaturePlan {
        resources,
        type_features,
        needs_client,
    }
}
