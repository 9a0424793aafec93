//! Schemas → Rust types: structs, string enums, untagged enums, aliases.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, OpenAPI, ReferenceOr, Schema, SchemaKind, Type,
    VariantOrUnknownOrEmpty,
};

use crate::error::{escape_pointer_segment, Error, Location, Result};
use crate::error::{Construct, Diagnostic, DiagnosticKind};
use crate::model::docs::{doc_text, join, not_implemented};
use crate::model::merge::{all_of_parts, Class, Reading};
use crate::model::naming::{
    escape_ident, is_version_label, snake_name, spelled_variant_name, split_words, type_name,
    variant_name, NameScope, RESERVED_TYPE_NAMES,
};
use crate::model::{
    Alternative, Field, IntegerWire, NameHint, NameRequest, TypeDef, TypeId, TypeKind, TypeRef,
    TypeSpace, Variant,
};
use crate::refs::{reference_error, schema_ref_name};

/// Deepest inline schema nesting converted.
pub(crate) const MAX_DEPTH: usize = 64;

pub(crate) type Properties = IndexMap<String, ReferenceOr<Box<Schema>>>;

/// The structural reading of a schema, independent of how openapiv3 classified it.
pub(crate) enum Shape<'s> {
    Struct {
        properties: Properties,
        required: Vec<String>,
    },
    Enum(Vec<String>),
    OneOf(&'s [ReferenceOr<Schema>]),
    AllOf(Vec<ReferenceOr<Schema>>),
    Map(Option<&'s ReferenceOr<Schema>>),
    Array(Option<&'s ReferenceOr<Box<Schema>>>),
    Primitive(TypeRef),
    Any,
}

fn additional(ap: &Option<AdditionalProperties>) -> Option<&ReferenceOr<Schema>> {
    match ap {
        Some(AdditionalProperties::Schema(s)) => Some(s),
        _ => None,
    }
}

/// `type: string` with an integer `format` and no enum: an integer carried as text, as Google's
/// and AWS's APIs write 64-bit integers.
fn is_integer_text(schema: &Schema) -> bool {
    matches!(&schema.schema_kind, SchemaKind::Type(Type::String(s))
        if s.enumeration.is_empty()
            && matches!(&s.format, VariantOrUnknownOrEmpty::Unknown(f)
                if matches!(f.as_str(), "int64" | "int32" | "uint64" | "uint32" | "integer")))
}

pub(crate) fn shape_of(schema: &Schema) -> Shape<'_> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            let values: Vec<String> = s.enumeration.iter().flatten().cloned().collect();
            if values.is_empty() {
                Shape::Primitive(TypeRef::String)
            } else {
                Shape::Enum(values)
            }
        }
        SchemaKind::Type(Type::Integer(i)) => match i.format {
            VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Shape::Primitive(TypeRef::I32),
            _ => Shape::Primitive(TypeRef::I64),
        },
        // `format: integer` (or `int32`/`int64`) on a number: an integer all the same.
        SchemaKind::Type(Type::Number(n)) => match &n.format {
            VariantOrUnknownOrEmpty::Unknown(f) if matches!(f.as_str(), "integer" | "int64") => {
                Shape::Primitive(TypeRef::I64)
            }
            VariantOrUnknownOrEmpty::Unknown(f) if f == "int32" => Shape::Primitive(TypeRef::I32),
            _ => Shape::Primitive(TypeRef::F64),
        },
        SchemaKind::Type(Type::Boolean(_)) => Shape::Primitive(TypeRef::Bool),
        SchemaKind::Type(Type::Object(o)) => {
            if o.properties.is_empty() {
                Shape::Map(additional(&o.additional_properties))
            } else {
                Shape::Struct {
                    properties: o.properties.clone(),
                    required: o.required.clone(),
                }
            }
        }
        SchemaKind::Type(Type::Array(a)) => Shape::Array(a.items.as_ref()),
        SchemaKind::OneOf { one_of } => Shape::OneOf(one_of),
        SchemaKind::AnyOf { any_of } => Shape::OneOf(any_of),
        SchemaKind::AllOf { all_of } => Shape::AllOf(all_of.clone()),
        SchemaKind::Not { .. } => Shape::Any,
        SchemaKind::Any(any) => {
            if !any.all_of.is_empty() {
                let mut items = any.all_of.clone();
                if !any.properties.is_empty() {
                    let own = openapiv3::ObjectType {
                        properties: any.properties.clone(),
                        required: any.required.clone(),
                        ..Default::default()
                    };
                    items.push(ReferenceOr::Item(Schema {
                        schema_data: Default::default(),
                        schema_kind: SchemaKind::Type(Type::Object(own)),
                    }));
                }
                Shape::AllOf(items)
            } else if !any.one_of.is_empty() {
                Shape::OneOf(&any.one_of)
            } else if !any.any_of.is_empty() {
                Shape::OneOf(&any.any_of)
            } else if !any.properties.is_empty() {
                Shape::Struct {
                    properties: any.properties.clone(),
                    required: any.required.clone(),
                }
            } else {
                let strings: Vec<String> = any
                    .enumeration
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect();
                match any.typ.as_deref() {
                    Some("object") => Shape::Map(additional(&any.additional_properties)),
                    Some("array") => Shape::Array(any.items.as_ref()),
                    Some("string") if !strings.is_empty() => Shape::Enum(strings),
                    Some("string") => Shape::Primitive(TypeRef::String),
                    Some("integer") => {
                        Shape::Primitive(if any.format.as_deref() == Some("int32") {
                            TypeRef::I32
                        } else {
                            TypeRef::I64
                        })
                    }
                    Some("number") => Shape::Primitive(TypeRef::F64),
                    Some("boolean") => Shape::Primitive(TypeRef::Bool),
                    None if !strings.is_empty()
                        && strings.len()
                            == any.enumeration.iter().filter(|v| !v.is_null()).count() =>
                    {
                        Shape::Enum(strings)
                    }
                    _ => Shape::Any,
                }
            }
        }
    }
}

/// Converts schemas into named types, giving components their names up front.
pub struct TypeBuilder<'a> {
    pub(super) spec: &'a OpenAPI,
    /// Notes and warnings of the whole model stage.
    pub diagnostics: &'a mut Vec<Diagnostic>,
    /// Errors of the whole model stage so far, each independent of the others (a component
    /// or an operation that fails is left out, and the rest is still built).
    pub errors: Vec<Error>,
    /// Each component schema's type, by component name, with its Rust name.
    components: HashMap<String, (TypeId, String)>,
    defs: TypeSpace,
    depth: usize,
    /// The `allOf` class of each component met as a member (see `merge.rs`), by `$ref`.
    pub(super) classes: RefCell<HashMap<String, Class>>,
    /// The API's conventions from the settings (idempotency headers, header policy).
    pub conventions: super::ModelConventions,
    /// The types being defined, innermost last: the parents of the names asked for now.
    parents: Vec<TypeId>,
}

impl<'a> TypeBuilder<'a> {
    /// Names every component schema, then converts them all; the error of a component that
    /// cannot be converted goes to [`Self::errors`].
    pub fn new(spec: &'a OpenAPI, diagnostics: &'a mut Vec<Diagnostic>) -> Self {
        let mut builder = TypeBuilder {
            spec,
            diagnostics,
            errors: Vec::new(),
            components: HashMap::new(),
            defs: TypeSpace::new(),
            depth: 0,
            classes: RefCell::default(),
            conventions: super::ModelConventions::default(),
            parents: Vec::new(),
        };
        let schemas: Vec<(&String, &ReferenceOr<Schema>)> = spec
            .components
            .as_ref()
            .map(|c| c.schemas.iter().collect())
            .unwrap_or_default();
        for (name, _) in &schemas {
            let pointer = component_pointer(name);
            let mut desired = type_name(name);
            if RESERVED_TYPE_NAMES.contains(&desired.as_str()) {
                // `Error`, `Client`, `Option`...: a suffix reads better than a number.
                let renamed = format!("{desired}Schema");
                // A note: the type is there under a name one can predict; nothing to act on.
                builder.diagnostics.push(Diagnostic::note(
                    Location::pointer(&pointer),
                    format!("component `{name}` is named `{renamed}`: `{desired}` is taken by the Rust prelude or the client runtime"),
                ).with_kind(DiagnosticKind::NameCollision));
                desired = renamed;
            }
            let (id, rust) = builder.request_name(
                NameHint::Required(desired),
                format!("component `{name}`"),
                &pointer,
                false,
            );
            builder.components.insert((*name).clone(), (id, rust));
        }
        for (name, schema) in schemas {
            let (id, rust) = builder.components[name].clone();
            let pointer = component_pointer(name);
            if let Err(error) = builder.define_from(schema, id, rust, &pointer) {
                builder.errors.push(error);
            }
        }
        builder
    }

    /// A new item of the crate's type namespace (a type, a resource handle, a response or
    /// error enum) with its claim on a name: its id, and the name it has until the namer
    /// (`namer.rs`, after same-shape merging) gives every item its final one.
    pub fn request_name(
        &mut self,
        hint: NameHint,
        owner: String,
        pointer: &str,
        from_title: bool,
    ) -> (TypeId, String) {
        let desired = hint.desired().to_owned();
        let id = self.defs.new_named(NameRequest {
            hint,
            owner,
            pointer: pointer.to_owned(),
            from_title,
            parent: self.parents.last().copied(),
            provisional: desired.clone(),
        });
        (id, desired)
    }

    /// Runs `f` while type `id` is being defined: the names `f` asks for are its children's.
    pub fn within<T>(&mut self, id: TypeId, f: impl FnOnce(&mut Self) -> T) -> T {
        self.parents.push(id);
        let out = f(self);
        self.parents.pop();
        out
    }

    /// The type of the schema component `reference` names, written in the schema at
    /// `pointer`.
    pub fn component(&self, reference: &str, pointer: &str) -> Result<TypeId> {
        self.component_named(reference, pointer).map(|(id, _)| id)
    }

    /// [`TypeBuilder::component`], with the component's Rust name.
    pub fn component_named(&self, reference: &str, pointer: &str) -> Result<(TypeId, String)> {
        schema_ref_name(reference)
            .and_then(|n| self.components.get(&n).cloned())
            .ok_or_else(|| reference_error(reference, "schemas", pointer))
    }

    /// Follows `$ref`s (and `allOf`s whose type is one member: `allOf: [$ref]`, a `$ref`
    /// beside annotations) to the schema they name.
    pub fn resolve<'s>(&'s self, schema: &'s ReferenceOr<Schema>) -> Option<&'s Schema> {
        let mut current = schema;
        for _ in 0..64 {
            match current {
                ReferenceOr::Reference { reference } => {
                    current = crate::refs::schema(self.spec, reference)?;
                }
                ReferenceOr::Item(s) => {
                    if let (Some((items, _)), Some(Reading::Member(i))) =
                        (all_of_parts(s), self.read_all_of(s))
                    {
                        current = &items[i];
                        continue;
                    }
                    return Some(s);
                }
            }
        }
        None
    }

    /// The definition of a generated type.
    pub fn def(&self, id: TypeId) -> Option<&TypeDef> {
        self.defs.get(id)
    }

    /// `Option<T>` for list items and map values that may be `null` (a `nullable` schema, or
    /// Apifox's `anyOf: [X, {type: 'null'}]`, normalized to it); `Json` already admits null.
    fn nullable_item(&self, schema: &ReferenceOr<Schema>, ty: TypeRef) -> TypeRef {
        let nullable = match schema {
            // `nullable` beside `allOf`, on an annotating member, or on the one member it is.
            ReferenceOr::Item(s) => self.is_nullable(s),
            ReferenceOr::Reference { .. } => {
                self.resolve(schema).is_some_and(|s| s.schema_data.nullable)
            }
        };
        if nullable && ty != TypeRef::Json {
            TypeRef::Nullable(Box::new(ty))
        } else {
            ty
        }
    }

    /// Converts a boxed schema (as found in `properties`/`items`) for use in a field.
    pub fn convert_boxed(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        hint: &str,
        pointer: &str,
    ) -> Result<TypeRef> {
        match schema {
            ReferenceOr::Reference { reference } => {
                Ok(TypeRef::Named(self.component(reference, pointer)?))
            }
            ReferenceOr::Item(s) => self.convert_item(s, hint, pointer),
        }
    }

    /// Converts a schema for use in a field, parameter or response, naming inline types after `hint`.
    pub fn convert(
        &mut self,
        schema: &ReferenceOr<Schema>,
        hint: &str,
        pointer: &str,
    ) -> Result<TypeRef> {
        match schema {
            ReferenceOr::Reference { reference } => {
                Ok(TypeRef::Named(self.component(reference, pointer)?))
            }
            ReferenceOr::Item(s) => self.convert_item(s, hint, pointer),
        }
    }

    fn enter(&mut self, pointer: &str) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Error::Limit {
                location: Location::pointer(pointer),
                message: format!("inline schemas nested deeper than {MAX_DEPTH}"),
            });
        }
        Ok(())
    }

    /// Converts an inline schema, naming the types it needs after `hint`.
    pub(crate) fn convert_item(
        &mut self,
        schema: &Schema,
        hint: &str,
        pointer: &str,
    ) -> Result<TypeRef> {
        self.convert_item_preferring(schema, hint, None, pointer)
    }

    /// [`TypeBuilder::convert_item`], a type of its own preferring the name `preferred`.
    fn convert_item_preferring(
        &mut self,
        schema: &Schema,
        hint: &str,
        preferred: Option<&str>,
        pointer: &str,
    ) -> Result<TypeRef> {
        self.enter(pointer)?;
        let result = self.convert_item_inner(schema, hint, preferred, pointer);
        self.depth -= 1;
        result
    }

    fn convert_item_inner(
        &mut self,
        schema: &Schema,
        hint: &str,
        preferred: Option<&str>,
        pointer: &str,
    ) -> Result<TypeRef> {
        match shape_of(schema) {
            Shape::Primitive(t) => Ok(t),
            Shape::Any => {
                if matches!(schema.schema_kind, SchemaKind::Not { .. }) {
                    self.diagnostics.push(
                        Diagnostic::warning(
                            Location::pointer(pointer),
                            "`not` schemas are not supported; any JSON value is accepted",
                        )
                        .with_kind(DiagnosticKind::Unsupported(Construct::NotSchema)),
                    );
                }
                Ok(TypeRef::Json)
            }
            Shape::Array(items) => Ok(TypeRef::Vec(Box::new(match items {
                Some(items) => {
                    let (item_hint, item_pointer) =
                        (format!("{hint}Item"), format!("{pointer}/items"));
                    // A preferred name (a titled alternative's) names the items too.
                    let item = match (items, preferred) {
                        (ReferenceOr::Item(s), Some(p)) => self.convert_item_preferring(
                            s,
                            &item_hint,
                            Some(&format!("{p}Item")),
                            &item_pointer,
                        )?,
                        _ => self.convert_boxed(items, &item_hint, &item_pointer)?,
                    };
                    self.nullable_item(&items.clone().unbox(), item)
                }
                None => TypeRef::Json,
            }))),
            Shape::Map(values) => Ok(TypeRef::Map(Box::new(match values {
                Some(v) => {
                    let value = self.convert(
                        v,
                        &format!("{hint}Value"),
                        &format!("{pointer}/additionalProperties"),
                    )?;
                    self.nullable_item(v, value)
                }
                None => TypeRef::Json,
            }))),
            Shape::AllOf(items) => match self.read_all_of(schema) {
                Some(Reading::Member(i)) => {
                    self.convert(&items[i], hint, &format!("{pointer}/allOf/{i}"))
                }
                Some(Reading::Primitive(t)) => Ok(t),
                Some(Reading::Any) => Ok(TypeRef::Json),
                Some(Reading::Conflict(message)) => {
                    self.diagnostics.push(
                        Diagnostic::warning(Location::pointer(pointer), message)
                            .with_kind(DiagnosticKind::Unsupported(Construct::AllOf)),
                    );
                    Ok(TypeRef::Json)
                }
                Some(Reading::Objects | Reading::UnionWithObjects(_)) | None => {
                    self.inline(schema, hint, preferred, pointer)
                }
            },
            Shape::OneOf(alts) => {
                if let Some(t) = self.simple_one_of(alts, hint, pointer)? {
                    return Ok(t);
                }
                self.inline(schema, hint, preferred, pointer)
            }
            Shape::Struct { .. } | Shape::Enum(_) => self.inline(schema, hint, preferred, pointer),
        }
    }

    /// A type of its own for an inline schema: named after `preferred` (an alternative's
    /// title) or its `title` when that names it (see [`title_type_name`]) and is free, else
    /// after `hint` (its place).
    fn inline(
        &mut self,
        schema: &Schema,
        hint: &str,
        preferred: Option<&str>,
        pointer: &str,
    ) -> Result<TypeRef> {
        let own_title = title_type_name(schema.schema_data.title.as_deref());
        // Only the schema's own title is noted (an alternative's preferred name is its title too,
        // and says so in the union).
        let from_title = preferred.is_none() && own_title.as_deref().is_some_and(|t| t != hint);
        let title = preferred
            .map(str::to_owned)
            .or(own_title)
            .filter(|t| t != hint);
        let hint = NameHint::Suggested {
            preferred: title.into_iter().collect(),
            fallback: hint.to_owned(),
        };
        let (id, name) = self.request_name(
            hint,
            format!("inline schema at {pointer}"),
            pointer,
            from_title,
        );
        self.define_from_item(schema, id, name, pointer)?;
        Ok(TypeRef::Named(id))
    }

    /// `oneOf`/`anyOf` forms that need no type of their own: one alternative, or an ID-or-object.
    fn simple_one_of(
        &mut self,
        alts: &[ReferenceOr<Schema>],
        hint: &str,
        pointer: &str,
    ) -> Result<Option<TypeRef>> {
        if alts.len() == 1 {
            return self
                .convert(
                    &alts[0],
                    hint,
                    &format!("{pointer}/{}/0", one_of_key(pointer)),
                )
                .map(Some);
        }
        if alts.len() == 2 {
            let is_plain_string = |a: &ReferenceOr<Schema>| matches!(a, ReferenceOr::Item(s) if matches!(&s.schema_kind, SchemaKind::Type(Type::String(st)) if st.enumeration.is_empty()));
            let other = if is_plain_string(&alts[0]) {
                1
            } else if is_plain_string(&alts[1]) {
                0
            } else {
                return Ok(None);
            };
            if let ReferenceOr::Reference { reference } = &alts[other] {
                let alt_pointer = format!("{pointer}/{}/{other}", one_of_key(pointer));
                let target = self.component(reference, &alt_pointer)?;
                return Ok(Some(TypeRef::Expandable(Box::new(TypeRef::Named(target)))));
            }
        }
        Ok(None)
    }

    fn define_from(
        &mut self,
        schema: &ReferenceOr<Schema>,
        id: TypeId,
        name: String,
        pointer: &str,
    ) -> Result<()> {
        match schema {
            ReferenceOr::Reference { reference } => {
                let target = self.component(reference, pointer)?;
                self.push(TypeDef {
                    id,
                    name,
                    doc: None,
                    pointer: pointer.to_owned(),
                    kind: TypeKind::Alias(TypeRef::Named(target)),
                    has_default: false,
                });
                Ok(())
            }
            ReferenceOr::Item(s) => self.define_from_item(s, id, name, pointer),
        }
    }

    /// Defines the type `id`, named `name`, from `schema`.
    pub fn define_from_item(
        &mut self,
        schema: &Schema,
        id: TypeId,
        name: String,
        pointer: &str,
    ) -> Result<()> {
        self.within(id, |b| b.define_from_item_inner(schema, id, name, pointer))
    }

    fn define_from_item_inner(
        &mut self,
        schema: &Schema,
        id: TypeId,
        name: String,
        pointer: &str,
    ) -> Result<()> {
        let annotated = self.annotations(schema);
        let data = annotated.as_ref().unwrap_or(&schema.schema_data);
        let not_implemented = not_implemented(&data.extensions);
        let doc = join(&[
            doc_text(data.title.as_deref())
                .filter(|_| data.description.is_none() && not_implemented.is_none()),
            doc_text(data.description.as_deref()),
            not_implemented,
            enum_values_doc(schema),
        ]);
        let kind = match shape_of(schema) {
            Shape::Struct {
                properties,
                required,
            } => TypeKind::Struct(self.fields(&name, &properties, &required, pointer)?),
            Shape::Enum(values) => self.string_enum(schema, &values, pointer),
            Shape::AllOf(items) => {
                let member_pointer = |i: usize| {
                    if items.len() == 1 {
                        pointer.to_owned()
                    } else {
                        format!("{pointer}/allOf/{i}")
                    }
                };
                let member = match self.read_all_of(schema) {
                    Some(Reading::Member(i)) => Some(i),
                    Some(Reading::UnionWithObjects(i)) => {
                        self.diagnostics.push(Diagnostic::warning(
                            Location::pointer(pointer),
                            "allOf of a oneOf/anyOf and object schemas: the type is the union; the other members' properties are not checked",
                        ).with_kind(DiagnosticKind::Unsupported(Construct::AllOf)));
                        Some(i)
                    }
                    _ => None,
                };
                match member {
                    Some(i) => match &items[i] {
                        ReferenceOr::Item(inner) => {
                            return self.define_from_item_with_doc(
                                inner,
                                id,
                                name,
                                &member_pointer(i),
                                doc,
                            )
                        }
                        ReferenceOr::Reference { reference } => TypeKind::Alias(TypeRef::Named(
                            self.component(reference, &format!("{pointer}/allOf/{i}"))?,
                        )),
                    },
                    None => match self.read_all_of(schema) {
                        Some(Reading::Primitive(t)) => TypeKind::Alias(t),
                        Some(Reading::Conflict(message)) => {
                            self.diagnostics.push(
                                Diagnostic::warning(Location::pointer(pointer), message)
                                    .with_kind(DiagnosticKind::Unsupported(Construct::AllOf)),
                            );
                            TypeKind::Alias(TypeRef::Json)
                        }
                        Some(Reading::Objects) => match self.merge_all_of(&items, pointer)? {
                            Some((properties, required)) => TypeKind::Struct(self.fields(
                                &name,
                                &properties,
                                &required,
                                pointer,
                            )?),
                            None => {
                                self.diagnostics.push(Diagnostic::warning(
                                    Location::pointer(pointer),
                                    "allOf members cannot be merged into a struct; any JSON value is accepted",
                                ).with_kind(DiagnosticKind::Unsupported(Construct::AllOf)));
                                TypeKind::Alias(TypeRef::Json)
                            }
                        },
                        _ => TypeKind::Alias(TypeRef::Json),
                    },
                }
            }
            Shape::OneOf(alts) => match self.simple_one_of(alts, &name, pointer)? {
                Some(t) => TypeKind::Alias(t),
                None => match self.tagged_union(schema, &name, alts, pointer)? {
                    Some(tagged) => tagged,
                    None => TypeKind::OneOf(self.alternatives(&name, alts, pointer)?),
                },
            },
            _ => TypeKind::Alias(self.convert_item(schema, &name, pointer)?),
        };
        self.push(TypeDef {
            id,
            name,
            doc,
            pointer: pointer.to_owned(),
            kind,
            has_default: false,
        });
        Ok(())
    }

    fn define_from_item_with_doc(
        &mut self,
        schema: &Schema,
        id: TypeId,
        name: String,
        pointer: &str,
        doc: Option<String>,
    ) -> Result<()> {
        self.define_from_item(schema, id, name, pointer)?;
        if let Some(def) = self.defs.get_mut(id) {
            if def.doc.is_none() {
                def.doc = doc;
            }
        }
        Ok(())
    }

    fn push(&mut self, def: TypeDef) {
        self.defs.push(def);
    }

    /// Adds a type defined outside schema conversion (an operation's parameter struct).
    pub fn push_def(&mut self, def: TypeDef) {
        self.defs.push(def);
    }

    /// The properties and required names of an object schema (after `$ref`s and `allOf`
    /// merges); `None` when the schema is not an object with properties.
    pub(crate) fn object_properties(
        &self,
        schema: &ReferenceOr<Schema>,
        pointer: &str,
    ) -> Result<Option<(Properties, Vec<String>)>> {
        let Some(resolved) = self.resolve(schema) else {
            return Ok(None);
        };
        match shape_of(resolved) {
            Shape::Struct {
                properties,
                required,
            } => Ok(Some((properties, required))),
            Shape::AllOf(items) => self.merge_all_of(&items, pointer),
            _ => Ok(None),
        }
    }

    /// The values of a string enum schema (following `$ref`s), `None` for other schemas.
    pub(crate) fn string_values(&self, schema: &Schema) -> Option<Vec<String>> {
        match shape_of(schema) {
            Shape::Enum(values) => Some(values),
            _ => None,
        }
    }

    /// The fields of a struct type, following aliases.
    pub fn struct_fields(&self, id: TypeId) -> Option<&[Field]> {
        let mut current = id;
        for _ in 0..64 {
            match &self.def(current)?.kind {
                TypeKind::Struct(fields) => return Some(fields),
                TypeKind::Alias(t) => current = t.direct_named()?,
                _ => return None,
            }
        }
        None
    }

    /// Struct fields from `properties`, named uniquely within the struct.
    pub fn fields(
        &mut self,
        parent: &str,
        properties: &Properties,
        required: &[String],
        pointer: &str,
    ) -> Result<Vec<Field>> {
        let mut scope = NameScope::default();
        let mut fields = Vec::with_capacity(properties.len());
        for name in required.iter().filter(|r| !properties.contains_key(*r)) {
            self.diagnostics.push(
                Diagnostic::note(
                    Location::pointer(pointer),
                    format!(
                    "`required` names `{name}`, which is not among the properties; it is ignored"
                ),
                )
                .with_kind(DiagnosticKind::UnknownRequired),
            );
        }
        for (wire, prop) in properties {
            let prop_pointer = format!("{pointer}/properties/{}", escape_pointer_segment(wire));
            let rust = scope.claim(
                &snake_name(wire),
                &format!("property `{wire}`"),
                &Location::pointer(&prop_pointer),
                self.diagnostics,
            );
            let integer_wire = self.integer_wire(prop);
            let ty = match integer_wire {
                Some(_) => TypeRef::I64,
                None => self.convert_boxed(
                    prop,
                    &format!("{parent}{}", type_name(wire)),
                    &prop_pointer,
                )?,
            };
            let (doc, nullable, deprecated) = match prop {
                ReferenceOr::Item(s) => {
                    // `allOf: [{$ref: X}, {description: …}]`: the members' annotations too.
                    let annotated = self.annotations(s);
                    let data = annotated.as_ref().unwrap_or(&s.schema_data);
                    (field_doc(data, s), self.is_nullable(s), data.deprecated)
                }
                // A `$ref` to a `nullable` schema accepts `null` as much as an inline one.
                ReferenceOr::Reference { reference } => (
                    None,
                    self.resolve(&ReferenceOr::Reference {
                        reference: reference.clone(),
                    })
                    .is_some_and(|s| self.is_nullable(s)),
                    false,
                ),
            };
            fields.push(Field {
                rust_name: escape_ident(&rust),
                wire_name: wire.clone(),
                ty,
                required: required.contains(wire) && !nullable,
                doc,
                deprecated,
                integer_wire,
            });
        }
        Ok(fields)
    }

    /// Whether a property is an integer written as text (`type: string, format: int64`) or an
    /// integer the API documents both as a number and as such a string (`oneOf` of the two).
    fn integer_wire(&self, prop: &ReferenceOr<Box<Schema>>) -> Option<IntegerWire> {
        let schema = match prop {
            ReferenceOr::Reference { reference } => {
                self.resolve(crate::refs::schema(self.spec, reference)?)?
            }
            ReferenceOr::Item(s) => match (all_of_parts(s), self.read_all_of(s)) {
                (Some((items, _)), Some(Reading::Member(i))) => self.resolve(&items[i])?,
                _ => s,
            },
        };
        if is_integer_text(schema) {
            return Some(IntegerWire::Text);
        }
        let alternatives = match &schema.schema_kind {
            SchemaKind::OneOf { one_of } => one_of,
            SchemaKind::AnyOf { any_of } => any_of,
            _ => return None,
        };
        let resolved: Vec<&Schema> = alternatives
            .iter()
            .filter_map(|a| self.resolve(a))
            .collect();
        let integer = |s: &Schema| matches!(s.schema_kind, SchemaKind::Type(Type::Integer(ref i)) if i.enumeration.is_empty());
        match resolved.as_slice() {
            [a, b] if (integer(a) && is_integer_text(b)) || (is_integer_text(a) && integer(b)) => {
                Some(IntegerWire::Lenient)
            }
            _ => None,
        }
    }

    fn string_enum(&mut self, schema: &Schema, values: &[String], pointer: &str) -> TypeKind {
        let docs: HashMap<String, String> = schema
            .schema_data
            .extensions
            .get(crate::extensions::ENUM_DOCS)
            .and_then(|v| v.as_array())
            .map(|items| {
                items
                    .iter()
                    .filter_map(|item| {
                        let value = item.get("value")?.as_str()?.to_owned();
                        let name = item.get("name").and_then(|v| v.as_str()).map(str::to_owned);
                        let description = item
                            .get("description")
                            .and_then(|v| v.as_str())
                            .map(str::to_owned);
                        join(&[doc_text(name.as_deref()), doc_text(description.as_deref())])
                            .map(|d| (value, d))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut scope = NameScope::default();
        let mut seen = HashSet::new();
        let mut variants = Vec::new();
        // Values whose plain names collide (`Etc/GMT+1`, `Etc/GMT-1`) spell their signs out
        // (`EtcGmtPlus1`, `EtcGmtMinus1`), all of them, so no value gets a bare number.
        let mut plain_count: HashMap<String, usize> = HashMap::new();
        for value in values.iter().collect::<HashSet<_>>() {
            *plain_count.entry(variant_name(value)).or_default() += 1;
        }
        // Values still alike once spelled (`active`, `Active`, `ACTIVE`) say their case.
        let mut spelled_count: HashMap<String, usize> = HashMap::new();
        for value in values.iter().collect::<HashSet<_>>() {
            if plain_count.get(&variant_name(value)).copied().unwrap_or(0) > 1 {
                *spelled_count
                    .entry(spelled_variant_name(value))
                    .or_default() += 1;
            }
        }
        for value in values {
            if !seen.insert(value.clone()) {
                continue;
            }
            let plain = variant_name(value);
            let desired = if plain_count.get(&plain).copied().unwrap_or(0) > 1 {
                let spelled = spelled_variant_name(value);
                if spelled_count.get(&spelled).copied().unwrap_or(0) > 1 {
                    format!("{spelled}{}", case_marker(value))
                } else {
                    spelled
                }
            } else {
                plain
            };
            let rust_name = scope.claim(
                &desired,
                &format!("enum value `{value}`"),
                &Location::pointer(format!("{pointer}/enum")),
                self.diagnostics,
            );
            variants.push(Variant {
                rust_name,
                value: value.clone(),
                doc: docs.get(value).cloned(),
            });
        }
        let fallback = if scope.is_free("Unknown") {
            "Unknown".to_owned()
        } else {
            scope.claim(
                "UnknownValue",
                "the catch-all variant",
                &Location::pointer(pointer),
                self.diagnostics,
            )
        };
        TypeKind::StringEnum { variants, fallback }
    }

    fn alternatives(
        &mut self,
        parent: &str,
        alts: &[ReferenceOr<Schema>],
        pointer: &str,
    ) -> Result<Vec<Alternative>> {
        let key = one_of_key(pointer);
        let mut scope = NameScope::default();
        let mut out = Vec::with_capacity(alts.len());
        let mut summaries = Vec::with_capacity(alts.len());
        for (i, alt) in alts.iter().enumerate() {
            summaries.push(self.object_summary(alt, &format!("{pointer}/{key}/{i}"))?);
        }
        for (i, alt) in alts.iter().enumerate() {
            let alt_pointer = format!("{pointer}/{key}/{i}");
            // `allOf: [{$ref: X}, {description: …}]` is X: named after it, as a `$ref` is.
            let alt = match alt {
                ReferenceOr::Item(s) => match (all_of_parts(s), self.read_all_of(s)) {
                    (Some((items, _)), Some(Reading::Member(m)))
                        if matches!(items[m], ReferenceOr::Reference { .. }) =>
                    {
                        &items[m]
                    }
                    _ => alt,
                },
                ReferenceOr::Reference { .. } => alt,
            };
            let (suffix, ty) = match alt {
                ReferenceOr::Reference { reference } => {
                    let (id, name) = self.component_named(reference, &alt_pointer)?;
                    (name, TypeRef::Named(id))
                }
                ReferenceOr::Item(s) => {
                    let suffix = match shape_of(s) {
                        Shape::Struct { .. } | Shape::AllOf(_) => "Object",
                        Shape::Enum(_) => "Enum",
                        Shape::OneOf(_) => "Alternatives",
                        Shape::Map(_) => "Map",
                        Shape::Array(_) => "Array",
                        Shape::Primitive(TypeRef::String) => "String",
                        Shape::Primitive(TypeRef::Bool) => "Bool",
                        Shape::Primitive(TypeRef::F64) => "Number",
                        Shape::Primitive(_) => "Integer",
                        Shape::Any => "Json",
                    };
                    // A one-value enum (`enum: [now]`, `enum: ['']`) is named after its value.
                    let single = match shape_of(s) {
                        Shape::Enum(values) if values.len() == 1 => Some(variant_name(&values[0])),
                        _ => None,
                    };
                    let title = s
                        .schema_data
                        .title
                        .as_deref()
                        .filter(|t| t.is_ascii() && !t.trim().is_empty())
                        .map(type_name);
                    // Among several objects, each is named after what sets it apart.
                    let objects = summaries.iter().filter(|s| s.is_some()).count();
                    let distinguishing = match shape_of(s) {
                        Shape::Struct { .. } | Shape::AllOf(_) if objects > 1 => {
                            Self::distinguishing_name(&summaries, i)
                        }
                        _ => None,
                    };
                    // A titled alternative names its own type (`title: Next Action` →
                    // `NextAction`) unless that name is taken.
                    let preferred = title.clone();
                    let suffix = title
                        .or(single)
                        .or(distinguishing)
                        .unwrap_or_else(|| suffix.to_owned());
                    let hint = format!("{parent}{suffix}");
                    let ty =
                        self.convert_item_preferring(s, &hint, preferred.as_deref(), &alt_pointer)?;
                    (suffix, ty)
                }
            };
            let rust_name = scope.claim(
                &suffix,
                &format!("alternative {i}"),
                &Location::pointer(&alt_pointer),
                self.diagnostics,
            );
            out.push(Alternative { rust_name, ty });
        }
        // Untagged deserialization tries alternatives in order: catch-alls go last.
        out.sort_by_key(|a| matches!(a.ty, TypeRef::Json | TypeRef::Map(_)));
        Ok(out)
    }

    /// All generated types.
    pub fn finish(self) -> TypeSpace {
        self.defs
    }
}

/// `Upper` for an all-capitals value, `Lower` for an all-lowercase one, else nothing.
fn case_marker(value: &str) -> &'static str {
    let letters: Vec<char> = value.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 {
        ""
    } else if letters.iter().all(|c| c.is_uppercase()) {
        "Upper"
    } else if letters.iter().all(|c| c.is_lowercase()) {
        "Lower"
    } else {
        ""
    }
}

/// Words of a title that say nothing about what a type is.
const GENERIC_TITLE_WORDS: &[&str] = &[
    "object",
    "schema",
    "model",
    "type",
    "data",
    "item",
    "items",
    "body",
    "request",
    "response",
    "result",
    "payload",
    "param",
    "params",
    "parameters",
    "info",
    "dto",
    "vo",
    "entity",
    "root",
    "inner",
    "value",
    "values",
    "properties",
    "anonymous",
    "untitled",
    "new",
    "the",
    "a",
    "an",
    "spec",
    "specs",
    "options",
    "details",
    "settings",
];

/// A type name from a schema's `title` when the title names a type: an ASCII phrase (not a
/// sentence) of two to four words, two at least saying what the thing is (`CreateCallRequest`,
/// `Trial metadata`, `recurring_price_data`; not `Settings specs`), within 48 characters and
/// without numbers.
/// Labels (`Amount`), sentences (`The customer's address.`), generic words (`Request body`),
/// numbers and non-ASCII titles are not names.
pub(crate) fn title_type_name(title: Option<&str>) -> Option<String> {
    let title = title?.trim();
    if title.is_empty()
        || title.len() > 48
        || !title.starts_with(|c: char| c.is_ascii_alphabetic())
        || !title
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '_' | '-' | '.'))
        || title.ends_with('.')
        || is_version_label(title)
    {
        return None;
    }
    let name = type_name(title);
    let words = split_words(&name);
    let telling = words
        .iter()
        .filter(|w| !GENERIC_TITLE_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        .count();
    let no_digits = !name.contains(|c: char| c.is_ascii_digit());
    ((2..=4).contains(&words.len()) && telling >= 2 && no_digits).then_some(name)
}

/// A field's documentation: its `title` (Apifox's short label, often the only text a field has)
/// unless the description opens with it, its description, and the allowed values of a non-string
/// enum with their documented names (string enums get a type whose variants say that).
/// `data` is the schema's annotations (with those of its `allOf` members, see
/// `TypeBuilder::annotations`).
fn field_doc(data: &openapiv3::SchemaData, schema: &Schema) -> Option<String> {
    let description = doc_text(data.description.as_deref());
    let title = doc_text(data.title.as_deref()).filter(|t| {
        description
            .as_deref()
            .is_none_or(|d| !d.starts_with(t.as_str()))
    });
    join(&[
        title,
        description,
        not_implemented(&data.extensions),
        enum_values_doc(schema),
    ])
}

/// `Allowed values: `0` (普通), `1` (VIP).` for integer, number and boolean enums.
fn enum_values_doc(schema: &Schema) -> Option<String> {
    let values: Vec<serde_json::Value> = match &schema.schema_kind {
        SchemaKind::Type(Type::Integer(t)) => t
            .enumeration
            .iter()
            .flatten()
            .map(|v| serde_json::Value::from(*v))
            .collect(),
        SchemaKind::Type(Type::Number(t)) => t
            .enumeration
            .iter()
            .flatten()
            .map(|v| serde_json::Value::from(*v))
            .collect(),
        SchemaKind::Type(Type::Boolean(t)) => t
            .enumeration
            .iter()
            .flatten()
            .map(|v| serde_json::Value::from(*v))
            .collect(),
        _ => return None,
    };
    if values.is_empty() {
        return None;
    }
    let names = schema
        .schema_data
        .extensions
        .get(crate::extensions::ENUM_DOCS)
        .and_then(|v| v.as_array());
    let label = |value: &serde_json::Value| -> Option<String> {
        let item = names?.iter().find(|item| {
            item.get("value").is_some_and(|v| {
                v == value
                    || v.as_str().is_some_and(|s| {
                        s.trim()
                            .parse::<f64>()
                            .is_ok_and(|n| Some(n) == value.as_f64())
                            || value
                                .as_bool()
                                .is_some_and(|b| s.trim() == if b { "true" } else { "false" })
                    })
                    || v.as_f64().zip(value.as_f64()).is_some_and(|(a, b)| a == b)
            })
        })?;
        let parts: Vec<String> = ["name", "description"]
            .iter()
            .filter_map(|k| item.get(*k).and_then(|v| v.as_str()))
            .map(crate::model::docs::one_line)
            .filter(|s| !s.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(": "))
    };
    let listed: Vec<String> = values
        .iter()
        .map(|v| match label(v) {
            Some(l) => format!("`{v}` ({l})"),
            None => format!("`{v}`"),
        })
        .collect();
    Some(format!("Allowed values: {}.", listed.join(", ")))
}

/// `oneOf` or `anyOf`: which one a pointer's schema uses is not kept by openapiv3, so
/// pointers name `anyOf` (the more common form) unless they already say `oneOf`.
pub(crate) fn one_of_key(pointer: &str) -> &'static str {
    if pointer.ends_with("oneOf") {
        "oneOf"
    } else {
        "anyOf"
    }
}

fn component_pointer(name: &str) -> String {
    format!("#/components/schemas/{}", escape_pointer_segment(name))
}

/// Marks the types that can implement `Default`: structs whose fields are all optional (a
/// struct with a required field gets a `new(required…)` constructor instead, so a default
/// never sends `0` or `""` for a value the API needs), and aliases of defaultable types.
pub fn compute_defaults(defs: &mut TypeSpace) {
    loop {
        let mut changed = false;
        for i in 0..defs.len() {
            if defs[i].has_default {
                continue;
            }
            let ok = match &defs[i].kind {
                TypeKind::Struct(fields) => fields.iter().all(|f| !f.required),
                TypeKind::Alias(t) => t.has_default(defs),
                _ => false,
            };
            if ok {
                defs[i].has_default = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}
