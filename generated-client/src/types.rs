// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Every type of the API: request bodies, parameters, responses and the objects they hold.

/// The impls every string enum has, all through the enum's `as_str` and `From<&str>`:
/// `Debug` shows the wire value, equality and hashing compare it (an `Unknown` holding a
/// listed value equals that variant), `FromStr`, `Display`, and serde as a plain string.
#[allow(unused_macros)]
macro_rules! string_enum_impls {
    ($name:ident) => {
        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Debug::fmt(self.as_str(), f)
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl Eq for $name {}

        impl std::hash::Hash for $name {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.as_str().hash(state)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::object::string_enum(deserializer)
            }
        }
    };
}

/// The `Address` schema of the API.
#[cfg(
    any(
        feature = "beneficiaries",
        feature = "charges",
        feature = "checkout_sessions",
        feature = "customers",
        feature = "payment_intents",
        feature = "payment_methods",
        feature = "payouts",
        feature = "setup_intents"
    )
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Address {
    /// City, district, suburb, town or village.
    pub city: Option<String>,
    /// Two-letter country code (ISO 3166-1 alpha-2).
    pub country: Option<String>,
    /// First address line (street, PO box or company name).
    pub line1: Option<String>,
    /// Second address line (apartment, suite, unit or building).
    pub line2: Option<String>,
    /// ZIP or postal code.
    pub postal_code: Option<String>,
    /// State, county, province or region.
    pub state: Option<String>,
}

#[cfg(
    any(
        feature = "beneficiaries",
        feature = "charges",
        feature = "checkout_sessions",
        feature = "customers",
        feature = "payment_intents",
        feature = "payment_methods",
        feature = "payouts",
        feature = "setup_intents"
    )
)]
impl serde::Serialize for Address {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Address",
            &["city", "country", "line1", "line2", "postal_code", "state"],
            &[true, true, true, true, true, true],
            &[],
            &[
                &self.city,
                &self.country,
                &self.line1,
                &self.line2,
                &self.postal_code,
                &self.state,
            ],
        )
    }
}

#[cfg(
    any(
        feature = "beneficiaries",
        feature = "charges",
        feature = "checkout_sessions",
        feature = "customers",
        feature = "payment_intents",
        feature = "payment_methods",
        feature = "payouts",
        feature = "setup_intents"
    )
)]
impl<'de> serde::Deserialize<'de> for Address {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Address",
            &["city", "country", "line1", "line2", "postal_code", "state"],
        )
    }
}

#[cfg(
    any(
        feature = "beneficiaries",
        feature = "charges",
        feature = "checkout_sessions",
        feature = "customers",
        feature = "payment_intents",
        feature = "payment_methods",
        feature = "payouts",
        feature = "setup_intents"
    )
)]
impl<'de> crate::object::FromObject<'de> for Address {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut city_slot: Option<String> = None;
        let mut country_slot: Option<String> = None;
        let mut line1_slot: Option<String> = None;
        let mut line2_slot: Option<String> = None;
        let mut postal_code_slot: Option<String> = None;
        let mut state_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut city_slot,
                &mut country_slot,
                &mut line1_slot,
                &mut line2_slot,
                &mut postal_code_slot,
                &mut state_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            city: city_slot,
            country: country_slot,
            line1: line1_slot,
            line2: line2_slot,
            postal_code: postal_code_slot,
            state: state_slot,
        })
    }
}

/// The request body of `POST /v1/payment_methods/{paymentmethod_id}/attach`.
#[cfg(feature = "payment_methods")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct AttachPaymentMethod {
    /// ID of the customer to save the payment method to.
    pub customer: String,
}

#[cfg(feature = "payment_methods")]
impl AttachPaymentMethod {
    /// A `AttachPaymentMethod` with its required fields (`customer`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(customer: impl Into<String>) -> Self {
        Self { customer: customer.into() }
    }
}

#[cfg(feature = "payment_methods")]
impl serde::Serialize for AttachPaymentMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "AttachPaymentMethod",
            &["customer"],
            &[false],
            &[&self.customer],
            &[],
        )
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for AttachPaymentMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "AttachPaymentMethod", &["customer"])
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for AttachPaymentMethod {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut customer_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut customer_slot],
            &mut [],
        ) {
            return Err(error);
        }
        let Some(customer_slot) = customer_slot else {
            return crate::object::missing("customer");
        };
        Ok(Self { customer: customer_slot })
    }
}

/// The `Balance` schema of the API.
#[cfg(feature = "balance")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Balance {
    /// Always `balance`.
    pub object: String,
    /// Funds that can be paid out, per currency.
    pub available: Option<Vec<crate::types::BalanceFunds>>,
    /// Funds not available yet, per currency.
    pub pending: Option<Vec<crate::types::BalanceFunds>>,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
}

#[cfg(feature = "balance")]
impl Balance {
    /// A `Balance` with its required fields (`object`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(object: impl Into<String>) -> Self {
        Self {
            object: object.into(),
            available: None,
            pending: None,
            livemode: None,
        }
    }
}

#[cfg(feature = "balance")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Balance {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Balance",
            &["object", "available", "pending", "livemode"],
            &[false, true, true, true],
            &[&self.object],
            &[&self.available, &self.pending, &self.livemode],
        )
    }
}

#[cfg(feature = "balance")]
impl<'de> serde::Deserialize<'de> for Balance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Balance",
            &["object", "available", "pending", "livemode"],
        )
    }
}

#[cfg(feature = "balance")]
impl<'de> crate::object::FromObject<'de> for Balance {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut available_slot: Option<Vec<crate::types::BalanceFunds>> = None;
        let mut pending_slot: Option<Vec<crate::types::BalanceFunds>> = None;
        let mut livemode_slot: Option<bool> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot],
            &mut [&mut available_slot, &mut pending_slot, &mut livemode_slot],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        Ok(Self {
            object: object_slot,
            available: available_slot,
            pending: pending_slot,
            livemode: livemode_slot,
        })
    }
}

/// The `Balance Funds` schema of the API.
#[cfg(feature = "balance")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct BalanceFunds {
    /// Amount, in the smallest currency unit (may be negative).
    pub amount: Option<i64>,
    /// Three-letter ISO currency code, lower case.
    pub currency: Option<String>,
}

#[cfg(feature = "balance")]
#[cfg(feature = "serialize")]
impl serde::Serialize for BalanceFunds {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "BalanceFunds",
            &["amount", "currency"],
            &[true, true],
            &[],
            &[&self.amount, &self.currency],
        )
    }
}

#[cfg(feature = "balance")]
impl<'de> serde::Deserialize<'de> for BalanceFunds {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "BalanceFunds", &["amount", "currency"])
    }
}

#[cfg(feature = "balance")]
impl<'de> crate::object::FromObject<'de> for BalanceFunds {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut amount_slot: Option<i64> = None;
        let mut currency_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut amount_slot, &mut currency_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            amount: amount_slot,
            currency: currency_slot,
        })
    }
}

/// The `Beneficiary` schema of the API.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Beneficiary {
    /// Identifier of the beneficiary (the page's description says `bn_...`; the examples show `bf_...`).
    pub id: String,
    /// Always `beneficiary`.
    pub object: String,
    /// Creation time since the Unix epoch. The page's description says seconds; the only example (a payout's beneficiary) gives milliseconds.
    pub created: i64,
    /// Where the beneficiary's payouts are sent.
    pub destination_data: crate::types::BeneficiaryDestination,
    /// A short name to find the beneficiary by.
    pub nickname: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl Beneficiary {
    /// A `Beneficiary` with its required fields (`id`, `object`, `created`, `destination_data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        object: impl Into<String>,
        created: i64,
        destination_data: crate::types::BeneficiaryDestination,
    ) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            created,
            destination_data,
            nickname: None,
            metadata: None,
            livemode: None,
        }
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[cfg(feature = "serialize")]
impl serde::Serialize for Beneficiary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Beneficiary",
            &[
                "id",
                "object",
                "created",
                "destination_data",
                "nickname",
                "metadata",
                "livemode",
            ],
            &[false, false, false, false, true, true, true],
            &[&self.id, &self.object, &self.created, &self.destination_data],
            &[&self.nickname, &self.metadata, &self.livemode],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> serde::Deserialize<'de> for Beneficiary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Beneficiary",
            &[
                "id",
                "object",
                "created",
                "destination_data",
                "nickname",
                "metadata",
                "livemode",
            ],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> crate::object::FromObject<'de> for Beneficiary {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut destination_data_slot: Option<crate::types::BeneficiaryDestination> = None;
        let mut nickname_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut livemode_slot: Option<bool> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [
                &mut id_slot,
                &mut object_slot,
                &mut created_slot,
                &mut destination_data_slot,
            ],
            &mut [&mut nickname_slot, &mut metadata_slot, &mut livemode_slot],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        let Some(destination_data_slot) = destination_data_slot else {
            return crate::object::missing("destination_data");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            created: created_slot,
            destination_data: destination_data_slot,
            nickname: nickname_slot,
            metadata: metadata_slot,
            livemode: livemode_slot,
        })
    }
}

/// The `Beneficiary Business` schema of the API.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct BeneficiaryBusiness {
    /// Where the company is registered.
    pub address: Option<crate::types::Address>,
    /// Registration and legal-representative details of the company.
    pub additional_info: Option<crate::types::BeneficiaryBusinessAdditionalInfo>,
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl serde::Serialize for BeneficiaryBusiness {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "BeneficiaryBusiness",
            &["address", "additional_info"],
            &[true, true],
            &[],
            &[&self.address, &self.additional_info],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for BeneficiaryBusiness {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "BeneficiaryBusiness",
            &["address", "additional_info"],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for BeneficiaryBusiness {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut address_slot: Option<crate::types::Address> = None;
        let mut additional_info_slot: Option<
            crate::types::BeneficiaryBusinessAdditionalInfo,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut address_slot, &mut additional_info_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            address: address_slot,
            additional_info: additional_info_slot,
        })
    }
}

/// Registration and legal-representative details of the company.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct BeneficiaryBusinessAdditionalInfo {
    /// The company's line of business.
    pub business_area: Option<String>,
    /// The company's phone number.
    pub business_phone_number: Option<String>,
    /// The company's registration number.
    pub business_registration_number: Option<String>,
    /// Given name of the legal representative.
    pub legal_rep_first_name: Option<String>,
    /// Family name of the legal representative.
    pub legal_rep_last_name: Option<String>,
    /// Kind of identity document of the legal representative.
    pub legal_rep_id_type: Option<String>,
    /// Number of the legal representative's identity document.
    pub legal_rep_id_number: Option<String>,
    /// Email address of the legal representative.
    pub legal_rep_email: Option<String>,
    /// Phone number of the legal representative.
    pub legal_rep_phone: Option<String>,
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl serde::Serialize for BeneficiaryBusinessAdditionalInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "BeneficiaryBusinessAdditionalInfo",
            &[
                "business_area",
                "business_phone_number",
                "business_registration_number",
                "legal_rep_first_name",
                "legal_rep_last_name",
                "legal_rep_id_type",
                "legal_rep_id_number",
                "legal_rep_email",
                "legal_rep_phone",
            ],
            &[true, true, true, true, true, true, true, true, true],
            &[],
            &[
                &self.business_area,
                &self.business_phone_number,
                &self.business_registration_number,
                &self.legal_rep_first_name,
                &self.legal_rep_last_name,
                &self.legal_rep_id_type,
                &self.legal_rep_id_number,
                &self.legal_rep_email,
                &self.legal_rep_phone,
            ],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for BeneficiaryBusinessAdditionalInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "BeneficiaryBusinessAdditionalInfo",
            &[
                "business_area",
                "business_phone_number",
                "business_registration_number",
                "legal_rep_first_name",
                "legal_rep_last_name",
                "legal_rep_id_type",
                "legal_rep_id_number",
                "legal_rep_email",
                "legal_rep_phone",
            ],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for BeneficiaryBusinessAdditionalInfo {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut business_area_slot: Option<String> = None;
        let mut business_phone_number_slot: Option<String> = None;
        let mut business_registration_number_slot: Option<String> = None;
        let mut legal_rep_first_name_slot: Option<String> = None;
        let mut legal_rep_last_name_slot: Option<String> = None;
        let mut legal_rep_id_type_slot: Option<String> = None;
        let mut legal_rep_id_number_slot: Option<String> = None;
        let mut legal_rep_email_slot: Option<String> = None;
        let mut legal_rep_phone_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut business_area_slot,
                &mut business_phone_number_slot,
                &mut business_registration_number_slot,
                &mut legal_rep_first_name_slot,
                &mut legal_rep_last_name_slot,
                &mut legal_rep_id_type_slot,
                &mut legal_rep_id_number_slot,
                &mut legal_rep_email_slot,
                &mut legal_rep_phone_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            business_area: business_area_slot,
            business_phone_number: business_phone_number_slot,
            business_registration_number: business_registration_number_slot,
            legal_rep_first_name: legal_rep_first_name_slot,
            legal_rep_last_name: legal_rep_last_name_slot,
            legal_rep_id_type: legal_rep_id_type_slot,
            legal_rep_id_number: legal_rep_id_number_slot,
            legal_rep_email: legal_rep_email_slot,
            legal_rep_phone: legal_rep_phone_slot,
        })
    }
}

/// What a beneficiary is created from.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct BeneficiaryData {
    /// The person or company who receives the payouts.
    pub entity: Option<crate::types::BeneficiaryEntity>,
    /// The bank account, card or wallet the payouts are sent to.
    pub destination_data: crate::types::BeneficiaryDestination,
    /// A short name to find the beneficiary by.
    pub nickname: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `true` for a live-mode beneficiary, `false` for test mode.
    pub livemode: Option<bool>,
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl BeneficiaryData {
    /// A `BeneficiaryData` with its required fields (`destination_data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(destination_data: crate::types::BeneficiaryDestination) -> Self {
        Self {
            entity: None,
            destination_data,
            nickname: None,
            metadata: None,
            livemode: None,
        }
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl serde::Serialize for BeneficiaryData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "BeneficiaryData",
            &["entity", "destination_data", "nickname", "metadata", "livemode"],
            &[true, false, true, true, true],
            &[&self.destination_data],
            &[&self.entity, &self.nickname, &self.metadata, &self.livemode],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for BeneficiaryData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "BeneficiaryData",
            &["destination_data", "entity", "nickname", "metadata", "livemode"],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for BeneficiaryData {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut entity_slot: Option<crate::types::BeneficiaryEntity> = None;
        let mut destination_data_slot: Option<crate::types::BeneficiaryDestination> = None;
        let mut nickname_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut livemode_slot: Option<bool> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut destination_data_slot],
            &mut [
                &mut entity_slot,
                &mut nickname_slot,
                &mut metadata_slot,
                &mut livemode_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(destination_data_slot) = destination_data_slot else {
            return crate::object::missing("destination_data");
        };
        Ok(Self {
            entity: entity_slot,
            destination_data: destination_data_slot,
            nickname: nickname_slot,
            metadata: metadata_slot,
            livemode: livemode_slot,
        })
    }
}

/// The `Beneficiary Destination` schema of the API.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct BeneficiaryDestination {
    /// Which kind of destination this is; the object of the same name holds its details.
    pub destination_type: crate::types::BeneficiaryDestinationDestinationType,
    /// The bank account, for `bank_account`.
    pub bank_account: Option<crate::types::PayoutBankAccount>,
    /// The card, for `card` (its fields are not shown on the pages).
    pub card: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The carrier account, for `carrier_billing` (its fields are not shown on the pages).
    pub carrier_billing: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The Alipay account, for `alipay`.
    pub alipay: Option<crate::types::BeneficiaryDestinationAlipay>,
    /// An Indian IMPS destination.
    pub imps: Option<crate::types::PayoutVpa>,
    /// An Indian UPI destination, for `upi`.
    pub upi: Option<crate::types::PayoutVpa>,
    /// A mobile-money wallet, for `mobile_money` (from an integration).
    pub mobile_money: Option<crate::types::BeneficiaryDestinationMobileMoney>,
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl BeneficiaryDestination {
    /// A `BeneficiaryDestination` with its required fields (`destination_type`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        destination_type: crate::types::BeneficiaryDestinationDestinationType,
    ) -> Self {
        Self {
            destination_type,
            bank_account: None,
            card: None,
            carrier_billing: None,
            alipay: None,
            imps: None,
            upi: None,
            mobile_money: None,
        }
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl serde::Serialize for BeneficiaryDestination {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "BeneficiaryDestination",
            &[
                "destination_type",
                "bank_account",
                "card",
                "carrier_billing",
                "alipay",
                "imps",
                "upi",
                "mobile_money",
            ],
            &[false, true, true, true, true, true, true, true],
            &[&self.destination_type],
            &[
                &self.bank_account,
                &self.card,
                &self.carrier_billing,
                &self.alipay,
                &self.imps,
                &self.upi,
                &self.mobile_money,
            ],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> serde::Deserialize<'de> for BeneficiaryDestination {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "BeneficiaryDestination",
            &[
                "destination_type",
                "bank_account",
                "card",
                "carrier_billing",
                "alipay",
                "imps",
                "upi",
                "mobile_money",
            ],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> crate::object::FromObject<'de> for BeneficiaryDestination {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut destination_type_slot: Option<
            crate::types::BeneficiaryDestinationDestinationType,
        > = None;
        let mut bank_account_slot: Option<crate::types::PayoutBankAccount> = None;
        let mut card_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut carrier_billing_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut alipay_slot: Option<crate::types::BeneficiaryDestinationAlipay> = None;
        let mut imps_slot: Option<crate::types::PayoutVpa> = None;
        let mut upi_slot: Option<crate::types::PayoutVpa> = None;
        let mut mobile_money_slot: Option<
            crate::types::BeneficiaryDestinationMobileMoney,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut destination_type_slot],
            &mut [
                &mut bank_account_slot,
                &mut card_slot,
                &mut carrier_billing_slot,
                &mut alipay_slot,
                &mut imps_slot,
                &mut upi_slot,
                &mut mobile_money_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(destination_type_slot) = destination_type_slot else {
            return crate::object::missing("destination_type");
        };
        Ok(Self {
            destination_type: destination_type_slot,
            bank_account: bank_account_slot,
            card: card_slot,
            carrier_billing: carrier_billing_slot,
            alipay: alipay_slot,
            imps: imps_slot,
            upi: upi_slot,
            mobile_money: mobile_money_slot,
        })
    }
}

/// The Alipay account, for `alipay`.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct BeneficiaryDestinationAlipay {
    /// The Alipay account (a phone number in the example).
    pub user_id: Option<String>,
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl serde::Serialize for BeneficiaryDestinationAlipay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "BeneficiaryDestinationAlipay",
            &["user_id"],
            &[true],
            &[],
            &[&self.user_id],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> serde::Deserialize<'de> for BeneficiaryDestinationAlipay {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "BeneficiaryDestinationAlipay",
            &["user_id"],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> crate::object::FromObject<'de> for BeneficiaryDestinationAlipay {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut user_id_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut user_id_slot],
        ) {
            return Err(error);
        }
        Ok(Self { user_id: user_id_slot })
    }
}

/// Which kind of destination this is; the object of the same name holds its details.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Clone)]
pub enum BeneficiaryDestinationDestinationType {
    /// `bank_account`
    BankAccount,
    /// `card`
    Card,
    /// `carrier_billing`
    CarrierBilling,
    /// `alipay`
    Alipay,
    /// `upi`
    Upi,
    /// `mobile_money`
    MobileMoney,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl BeneficiaryDestinationDestinationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BankAccount => "bank_account",
            Self::Card => "card",
            Self::CarrierBilling => "carrier_billing",
            Self::Alipay => "alipay",
            Self::Upi => "upi",
            Self::MobileMoney => "mobile_money",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl From<&str> for BeneficiaryDestinationDestinationType {
    fn from(value: &str) -> Self {
        match value {
            "bank_account" => Self::BankAccount,
            "card" => Self::Card,
            "carrier_billing" => Self::CarrierBilling,
            "alipay" => Self::Alipay,
            "upi" => Self::Upi,
            "mobile_money" => Self::MobileMoney,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
string_enum_impls!(BeneficiaryDestinationDestinationType);

/// A mobile-money wallet, for `mobile_money` (from an integration).
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct BeneficiaryDestinationMobileMoney {
    /// Phone number of the wallet, with the country code.
    pub msisdn: Option<String>,
    /// The mobile-money operator (`mtn_rw`, `airtel_rw` in the integration).
    pub provider: Option<String>,
    /// Name of the wallet's holder.
    pub name: Option<String>,
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl serde::Serialize for BeneficiaryDestinationMobileMoney {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "BeneficiaryDestinationMobileMoney",
            &["msisdn", "provider", "name"],
            &[true, true, true],
            &[],
            &[&self.msisdn, &self.provider, &self.name],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> serde::Deserialize<'de> for BeneficiaryDestinationMobileMoney {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "BeneficiaryDestinationMobileMoney",
            &["msisdn", "provider", "name"],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> crate::object::FromObject<'de> for BeneficiaryDestinationMobileMoney {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut msisdn_slot: Option<String> = None;
        let mut provider_slot: Option<String> = None;
        let mut name_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut msisdn_slot, &mut provider_slot, &mut name_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            msisdn: msisdn_slot,
            provider: provider_slot,
            name: name_slot,
        })
    }
}

/// The `Beneficiary Entity` schema of the API.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct BeneficiaryEntity {
    /// Whether the receiver is a company or a person; fill in the matching object.
    pub r#type: crate::types::BeneficiaryEntityType,
    /// Registered name of the company (for `business`).
    pub company_registered_name: Option<String>,
    /// The company's details, when `type` is `business`.
    pub business: Option<crate::types::BeneficiaryBusiness>,
    /// The person's details, when `type` is `individual`.
    pub individual: Option<crate::types::BeneficiaryIndividual>,
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl BeneficiaryEntity {
    /// A `BeneficiaryEntity` with its required fields (`type`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(r#type: crate::types::BeneficiaryEntityType) -> Self {
        Self {
            r#type,
            company_registered_name: None,
            business: None,
            individual: None,
        }
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl serde::Serialize for BeneficiaryEntity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "BeneficiaryEntity",
            &["type", "company_registered_name", "business", "individual"],
            &[false, true, true, true],
            &[&self.r#type],
            &[&self.company_registered_name, &self.business, &self.individual],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for BeneficiaryEntity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "BeneficiaryEntity",
            &["type", "company_registered_name", "business", "individual"],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for BeneficiaryEntity {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_slot: Option<crate::types::BeneficiaryEntityType> = None;
        let mut company_registered_name_slot: Option<String> = None;
        let mut business_slot: Option<crate::types::BeneficiaryBusiness> = None;
        let mut individual_slot: Option<crate::types::BeneficiaryIndividual> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut type_slot],
            &mut [
                &mut company_registered_name_slot,
                &mut business_slot,
                &mut individual_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(type_slot) = type_slot else {
            return crate::object::missing("type");
        };
        Ok(Self {
            r#type: type_slot,
            company_registered_name: company_registered_name_slot,
            business: business_slot,
            individual: individual_slot,
        })
    }
}

/// Whether the receiver is a company or a person; fill in the matching object.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Clone)]
pub enum BeneficiaryEntityType {
    /// `business`
    Business,
    /// `individual`
    Individual,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl BeneficiaryEntityType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Business => "business",
            Self::Individual => "individual",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl From<&str> for BeneficiaryEntityType {
    fn from(value: &str) -> Self {
        match value {
            "business" => Self::Business,
            "individual" => Self::Individual,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
string_enum_impls!(BeneficiaryEntityType);

/// The `Beneficiary Individual` schema of the API.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct BeneficiaryIndividual {
    /// Where the person lives.
    pub address: Option<crate::types::Address>,
    /// Contact and identity details of the person.
    pub additional_info: Option<crate::types::BeneficiaryIndividualAdditionalInfo>,
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl serde::Serialize for BeneficiaryIndividual {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "BeneficiaryIndividual",
            &["address", "additional_info"],
            &[true, true],
            &[],
            &[&self.address, &self.additional_info],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for BeneficiaryIndividual {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "BeneficiaryIndividual",
            &["address", "additional_info"],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for BeneficiaryIndividual {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut address_slot: Option<crate::types::Address> = None;
        let mut additional_info_slot: Option<
            crate::types::BeneficiaryIndividualAdditionalInfo,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut address_slot, &mut additional_info_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            address: address_slot,
            additional_info: additional_info_slot,
        })
    }
}

/// Contact and identity details of the person.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct BeneficiaryIndividualAdditionalInfo {
    /// Email address.
    pub email: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Kind of identity document (`social_security` in the example).
    pub id_type: Option<String>,
    /// Country that issued the identity document (two letters).
    pub id_country_iso_code: Option<String>,
    /// Number of the identity document.
    pub id_number: Option<String>,
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl serde::Serialize for BeneficiaryIndividualAdditionalInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "BeneficiaryIndividualAdditionalInfo",
            &[
                "email",
                "phone",
                "first_name",
                "last_name",
                "id_type",
                "id_country_iso_code",
                "id_number",
            ],
            &[true, true, true, true, true, true, true],
            &[],
            &[
                &self.email,
                &self.phone,
                &self.first_name,
                &self.last_name,
                &self.id_type,
                &self.id_country_iso_code,
                &self.id_number,
            ],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for BeneficiaryIndividualAdditionalInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "BeneficiaryIndividualAdditionalInfo",
            &[
                "email",
                "phone",
                "first_name",
                "last_name",
                "id_type",
                "id_country_iso_code",
                "id_number",
            ],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for BeneficiaryIndividualAdditionalInfo {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut email_slot: Option<String> = None;
        let mut phone_slot: Option<String> = None;
        let mut first_name_slot: Option<String> = None;
        let mut last_name_slot: Option<String> = None;
        let mut id_type_slot: Option<String> = None;
        let mut id_country_iso_code_slot: Option<String> = None;
        let mut id_number_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut email_slot,
                &mut phone_slot,
                &mut first_name_slot,
                &mut last_name_slot,
                &mut id_type_slot,
                &mut id_country_iso_code_slot,
                &mut id_number_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            email: email_slot,
            phone: phone_slot,
            first_name: first_name_slot,
            last_name: last_name_slot,
            id_type: id_type_slot,
            id_country_iso_code: id_country_iso_code_slot,
            id_number: id_number_slot,
        })
    }
}

/// The `Billing Details` schema of the API.
#[cfg(
    any(
        feature = "charges",
        feature = "checkout_sessions",
        feature = "payment_intents",
        feature = "payment_methods",
        feature = "setup_intents"
    )
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct BillingDetails {
    /// Billing address.
    pub address: Option<crate::types::Address>,
    /// Email address.
    pub email: Option<String>,
    /// Full name.
    pub name: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
}

#[cfg(
    any(
        feature = "charges",
        feature = "checkout_sessions",
        feature = "payment_intents",
        feature = "payment_methods",
        feature = "setup_intents"
    )
)]
impl serde::Serialize for BillingDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "BillingDetails",
            &["address", "email", "name", "phone"],
            &[true, true, true, true],
            &[],
            &[&self.address, &self.email, &self.name, &self.phone],
        )
    }
}

#[cfg(
    any(
        feature = "charges",
        feature = "checkout_sessions",
        feature = "payment_intents",
        feature = "payment_methods",
        feature = "setup_intents"
    )
)]
impl<'de> serde::Deserialize<'de> for BillingDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "BillingDetails",
            &["address", "email", "name", "phone"],
        )
    }
}

#[cfg(
    any(
        feature = "charges",
        feature = "checkout_sessions",
        feature = "payment_intents",
        feature = "payment_methods",
        feature = "setup_intents"
    )
)]
impl<'de> crate::object::FromObject<'de> for BillingDetails {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut address_slot: Option<crate::types::Address> = None;
        let mut email_slot: Option<String> = None;
        let mut name_slot: Option<String> = None;
        let mut phone_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut address_slot, &mut email_slot, &mut name_slot, &mut phone_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            address: address_slot,
            email: email_slot,
            name: name_slot,
            phone: phone_slot,
        })
    }
}

/// `per_unit` (unit amount times quantity) or `tiered`.
///
/// Also used at `#/components/schemas/Price/properties/billing_scheme`, `#/paths/~1v1~1prices/post/requestBody/content/application~1json/schema/properties/billing_scheme`, `#/paths/~1v1~1subscriptions~1{id}/post/requestBody/content/application~1json/schema/properties/line_items/items/properties/price_data/properties/billing_scheme`.
#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
#[derive(Clone)]
pub enum BillingScheme {
    /// `per_unit`
    PerUnit,
    /// `tiered`
    Tiered,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl BillingScheme {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PerUnit => "per_unit",
            Self::Tiered => "tiered",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl From<&str> for BillingScheme {
    fn from(value: &str) -> Self {
        match value {
            "per_unit" => Self::PerUnit,
            "tiered" => Self::Tiered,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
string_enum_impls!(BillingScheme);

/// The customer is not present to authenticate (a payment charged later). The confirm page types it a string (`"true"`), the create page's `off-session` a boolean: both forms can be sent, and the crate sends the one chosen, `Bool(true)` → `true`, `String("true")` → `"true"` (its examples and tests use `Bool`).
///
/// Also used at `#/paths/~1v1~1payment_intents~1{id}~1confirm/post/requestBody/content/application~1json/schema/properties/off_session`, `#/paths/~1v1~1payment_intents~1{id}~1confirm/post/requestBody/content/application~1json/schema/properties/error_on_requires_action`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
#[derive(serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(untagged)]
pub enum BoolOrString {
    /// The value as `true` or `false`.
    Bool(bool),
    /// The value as a string.
    String(String),
}

/// The request body of `POST /v1/payment_intents/{id}/cancel`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CancelPaymentIntent {
    /// Why the PaymentIntent is canceled.
    pub cancellation_reason: String,
}

#[cfg(feature = "payment_intents")]
impl CancelPaymentIntent {
    /// A `CancelPaymentIntent` with its required fields (`cancellation_reason`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(cancellation_reason: impl Into<String>) -> Self {
        Self {
            cancellation_reason: cancellation_reason.into(),
        }
    }
}

#[cfg(feature = "payment_intents")]
impl serde::Serialize for CancelPaymentIntent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CancelPaymentIntent",
            &["cancellation_reason"],
            &[false],
            &[&self.cancellation_reason],
            &[],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CancelPaymentIntent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CancelPaymentIntent",
            &["cancellation_reason"],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CancelPaymentIntent {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut cancellation_reason_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut cancellation_reason_slot],
            &mut [],
        ) {
            return Err(error);
        }
        let Some(cancellation_reason_slot) = cancellation_reason_slot else {
            return crate::object::missing("cancellation_reason");
        };
        Ok(Self {
            cancellation_reason: cancellation_reason_slot,
        })
    }
}

/// `automatic` or `manual` capture for card payments.
///
/// Also used at `#/components/schemas/Card Options/properties/capture_method`, `#/components/schemas/Payment Intent/properties/capture_method`, `#/paths/~1v1~1payment_intents/post/requestBody/content/application~1json/schema/properties/capture_method`.
#[cfg(feature = "payment_intents")]
#[derive(Clone)]
pub enum CaptureMethod {
    /// `automatic`
    Automatic,
    /// `manual`
    Manual,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "payment_intents")]
impl CaptureMethod {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automatic => "automatic",
            Self::Manual => "manual",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "payment_intents")]
impl From<&str> for CaptureMethod {
    fn from(value: &str) -> Self {
        match value {
            "automatic" => Self::Automatic,
            "manual" => Self::Manual,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "payment_intents")]
string_enum_impls!(CaptureMethod);

/// The request body of `POST /v1/payment_intents/{id}/capture`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CapturePaymentIntent {
    /// Amount to capture, at most the capturable amount (default: all of it).
    pub amount_to_capture: Option<i64>,
}

#[cfg(feature = "payment_intents")]
impl serde::Serialize for CapturePaymentIntent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CapturePaymentIntent",
            &["amount_to_capture"],
            &[true],
            &[],
            &[&self.amount_to_capture],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CapturePaymentIntent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CapturePaymentIntent",
            &["amount_to_capture"],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CapturePaymentIntent {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut amount_to_capture_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut amount_to_capture_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            amount_to_capture: amount_to_capture_slot,
        })
    }
}

/// The `Card Options` schema of the API.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CardOptions {
    /// When to ask for 3D Secure: `auto` or `any` in the examples.
    pub request_three_d_secure: Option<String>,
    /// `automatic` or `manual` capture for card payments.
    pub capture_method: Option<crate::types::CaptureMethod>,
}

#[cfg(feature = "payment_intents")]
impl serde::Serialize for CardOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CardOptions",
            &["request_three_d_secure", "capture_method"],
            &[true, true],
            &[],
            &[&self.request_three_d_secure, &self.capture_method],
        )
    }
}

#[cfg(feature = "payment_intents")]
impl<'de> serde::Deserialize<'de> for CardOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CardOptions",
            &["request_three_d_secure", "capture_method"],
        )
    }
}

#[cfg(feature = "payment_intents")]
impl<'de> crate::object::FromObject<'de> for CardOptions {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut request_three_d_secure_slot: Option<String> = None;
        let mut capture_method_slot: Option<crate::types::CaptureMethod> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut request_three_d_secure_slot, &mut capture_method_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            request_three_d_secure: request_three_d_secure_slot,
            capture_method: capture_method_slot,
        })
    }
}

/// The `Charge` schema of the API.
#[cfg(feature = "charges")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Charge {
    /// Identifier of the charge.
    pub id: String,
    /// Always `charge`.
    pub object: String,
    /// Amount charged, in the smallest unit of the currency.
    pub amount: Option<i64>,
    /// Amount captured so far (less than `amount` after a partial capture).
    pub amount_captured: Option<i64>,
    /// Amount refunded so far.
    pub amount_refunded: Option<i64>,
    /// ID of the platform application that created the charge.
    pub application: Option<String>,
    /// ID of the platform fee taken from the charge.
    pub application_fee: Option<String>,
    /// Platform fee asked for the charge, in the smallest currency unit.
    pub application_fee_amount: Option<i64>,
    /// ID of the balance transaction that booked the charge.
    pub balance_transaction: Option<String>,
    /// Billing details of the payment method when it was charged.
    pub billing_details: Option<crate::types::BillingDetails>,
    /// The full text shown on the customer's statement.
    pub calculated_statement_descriptor: Option<String>,
    /// Whether the charge was captured (`false` while only authorized).
    pub captured: Option<bool>,
    /// Creation time since the Unix epoch (no example shows the unit; WooshPay's PaymentIntents give milliseconds).
    pub created: i64,
    /// Three-letter ISO currency code.
    pub currency: Option<String>,
    /// ID of the customer charged.
    pub customer: Option<String>,
    /// Free text about the charge.
    pub description: Option<String>,
    /// Whether the charge was disputed.
    pub disputed: Option<bool>,
    /// Code of the reason the charge failed.
    pub failure_code: Option<String>,
    /// Why the charge failed, for people.
    pub failure_message: Option<String>,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// ID of the account the funds are for.
    pub on_behalf_of: Option<String>,
    /// Whether the charge succeeded or was authorized.
    pub paid: Option<bool>,
    /// ID of the PaymentIntent the charge belongs to.
    pub payment_intent: Option<String>,
    /// ID of the payment method charged.
    pub payment_method: Option<String>,
    /// How the charge was paid.
    pub payment_method_details: Option<crate::types::ChargePaymentMethodDetails>,
    /// Email address the receipt was sent to.
    pub receipt_email: Option<String>,
    /// Number of the receipt sent for the charge.
    pub receipt_number: Option<String>,
    /// Page showing the charge's receipt.
    pub receipt_url: Option<String>,
    /// Whether the whole amount was refunded.
    pub refunded: Option<bool>,
    /// Shipping details of the order.
    pub shipping: Option<crate::types::Shipping>,
    /// ID of the transfer that funded the charge.
    pub source_transfer: Option<String>,
    /// Text shown on the customer's statement.
    pub statement_descriptor: Option<String>,
    /// Suffix added to the account's statement text.
    pub statement_descriptor_suffix: Option<String>,
    /// Outcome of the charge (`succeeded`, `pending` or `failed`).
    pub status: Option<String>,
    /// Where the funds are transferred to (its fields are not shown on the pages).
    pub transfer_data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Label grouping the charge with transfers.
    pub transfer_group: Option<String>,
}

#[cfg(feature = "charges")]
impl Charge {
    /// A `Charge` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            amount: None,
            amount_captured: None,
            amount_refunded: None,
            application: None,
            application_fee: None,
            application_fee_amount: None,
            balance_transaction: None,
            billing_details: None,
            calculated_statement_descriptor: None,
            captured: None,
            created,
            currency: None,
            customer: None,
            description: None,
            disputed: None,
            failure_code: None,
            failure_message: None,
            livemode: None,
            metadata: None,
            on_behalf_of: None,
            paid: None,
            payment_intent: None,
            payment_method: None,
            payment_method_details: None,
            receipt_email: None,
            receipt_number: None,
            receipt_url: None,
            refunded: None,
            shipping: None,
            source_transfer: None,
            statement_descriptor: None,
            statement_descriptor_suffix: None,
            status: None,
            transfer_data: None,
            transfer_group: None,
        }
    }
}

#[cfg(feature = "charges")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Charge {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Charge",
            &[
                "id",
                "object",
                "amount",
                "amount_captured",
                "amount_refunded",
                "application",
                "application_fee",
                "application_fee_amount",
                "balance_transaction",
                "billing_details",
                "calculated_statement_descriptor",
                "captured",
                "created",
                "currency",
                "customer",
                "description",
                "disputed",
                "failure_code",
                "failure_message",
                "livemode",
                "metadata",
                "on_behalf_of",
                "paid",
                "payment_intent",
                "payment_method",
                "payment_method_details",
                "receipt_email",
                "receipt_number",
                "receipt_url",
                "refunded",
                "shipping",
                "source_transfer",
                "statement_descriptor",
                "statement_descriptor_suffix",
                "status",
                "transfer_data",
                "transfer_group",
            ],
            &[
                false, false, true, true, true, true, true, true, true, true, true, true,
                false, true, true, true, true, true, true, true, true, true, true, true,
                true, true, true, true, true, true, true, true, true, true, true, true,
                true,
            ],
            &[&self.id, &self.object, &self.created],
            &[
                &self.amount,
                &self.amount_captured,
                &self.amount_refunded,
                &self.application,
                &self.application_fee,
                &self.application_fee_amount,
                &self.balance_transaction,
                &self.billing_details,
                &self.calculated_statement_descriptor,
                &self.captured,
                &self.currency,
                &self.customer,
                &self.description,
                &self.disputed,
                &self.failure_code,
                &self.failure_message,
                &self.livemode,
                &self.metadata,
                &self.on_behalf_of,
                &self.paid,
                &self.payment_intent,
                &self.payment_method,
                &self.payment_method_details,
                &self.receipt_email,
                &self.receipt_number,
                &self.receipt_url,
                &self.refunded,
                &self.shipping,
                &self.source_transfer,
                &self.statement_descriptor,
                &self.statement_descriptor_suffix,
                &self.status,
                &self.transfer_data,
                &self.transfer_group,
            ],
        )
    }
}

#[cfg(feature = "charges")]
impl<'de> serde::Deserialize<'de> for Charge {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Charge",
            &[
                "id",
                "object",
                "created",
                "amount",
                "amount_captured",
                "amount_refunded",
                "application",
                "application_fee",
                "application_fee_amount",
                "balance_transaction",
                "billing_details",
                "calculated_statement_descriptor",
                "captured",
                "currency",
                "customer",
                "description",
                "disputed",
                "failure_code",
                "failure_message",
                "livemode",
                "metadata",
                "on_behalf_of",
                "paid",
                "payment_intent",
                "payment_method",
                "payment_method_details",
                "receipt_email",
                "receipt_number",
                "receipt_url",
                "refunded",
                "shipping",
                "source_transfer",
                "statement_descriptor",
                "statement_descriptor_suffix",
                "status",
                "transfer_data",
                "transfer_group",
            ],
        )
    }
}

#[cfg(feature = "charges")]
impl<'de> crate::object::FromObject<'de> for Charge {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut amount_slot: Option<i64> = None;
        let mut amount_captured_slot: Option<i64> = None;
        let mut amount_refunded_slot: Option<i64> = None;
        let mut application_slot: Option<String> = None;
        let mut application_fee_slot: Option<String> = None;
        let mut application_fee_amount_slot: Option<i64> = None;
        let mut balance_transaction_slot: Option<String> = None;
        let mut billing_details_slot: Option<crate::types::BillingDetails> = None;
        let mut calculated_statement_descriptor_slot: Option<String> = None;
        let mut captured_slot: Option<bool> = None;
        let mut created_slot: Option<i64> = None;
        let mut currency_slot: Option<String> = None;
        let mut customer_slot: Option<String> = None;
        let mut description_slot: Option<String> = None;
        let mut disputed_slot: Option<bool> = None;
        let mut failure_code_slot: Option<String> = None;
        let mut failure_message_slot: Option<String> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut on_behalf_of_slot: Option<String> = None;
        let mut paid_slot: Option<bool> = None;
        let mut payment_intent_slot: Option<String> = None;
        let mut payment_method_slot: Option<String> = None;
        let mut payment_method_details_slot: Option<
            crate::types::ChargePaymentMethodDetails,
        > = None;
        let mut receipt_email_slot: Option<String> = None;
        let mut receipt_number_slot: Option<String> = None;
        let mut receipt_url_slot: Option<String> = None;
        let mut refunded_slot: Option<bool> = None;
        let mut shipping_slot: Option<crate::types::Shipping> = None;
        let mut source_transfer_slot: Option<String> = None;
        let mut statement_descriptor_slot: Option<String> = None;
        let mut statement_descriptor_suffix_slot: Option<String> = None;
        let mut status_slot: Option<String> = None;
        let mut transfer_data_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut transfer_group_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut amount_slot,
                &mut amount_captured_slot,
                &mut amount_refunded_slot,
                &mut application_slot,
                &mut application_fee_slot,
                &mut application_fee_amount_slot,
                &mut balance_transaction_slot,
                &mut billing_details_slot,
                &mut calculated_statement_descriptor_slot,
                &mut captured_slot,
                &mut currency_slot,
                &mut customer_slot,
                &mut description_slot,
                &mut disputed_slot,
                &mut failure_code_slot,
                &mut failure_message_slot,
                &mut livemode_slot,
                &mut metadata_slot,
                &mut on_behalf_of_slot,
                &mut paid_slot,
                &mut payment_intent_slot,
                &mut payment_method_slot,
                &mut payment_method_details_slot,
                &mut receipt_email_slot,
                &mut receipt_number_slot,
                &mut receipt_url_slot,
                &mut refunded_slot,
                &mut shipping_slot,
                &mut source_transfer_slot,
                &mut statement_descriptor_slot,
                &mut statement_descriptor_suffix_slot,
                &mut status_slot,
                &mut transfer_data_slot,
                &mut transfer_group_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            amount: amount_slot,
            amount_captured: amount_captured_slot,
            amount_refunded: amount_refunded_slot,
            application: application_slot,
            application_fee: application_fee_slot,
            application_fee_amount: application_fee_amount_slot,
            balance_transaction: balance_transaction_slot,
            billing_details: billing_details_slot,
            calculated_statement_descriptor: calculated_statement_descriptor_slot,
            captured: captured_slot,
            created: created_slot,
            currency: currency_slot,
            customer: customer_slot,
            description: description_slot,
            disputed: disputed_slot,
            failure_code: failure_code_slot,
            failure_message: failure_message_slot,
            livemode: livemode_slot,
            metadata: metadata_slot,
            on_behalf_of: on_behalf_of_slot,
            paid: paid_slot,
            payment_intent: payment_intent_slot,
            payment_method: payment_method_slot,
            payment_method_details: payment_method_details_slot,
            receipt_email: receipt_email_slot,
            receipt_number: receipt_number_slot,
            receipt_url: receipt_url_slot,
            refunded: refunded_slot,
            shipping: shipping_slot,
            source_transfer: source_transfer_slot,
            statement_descriptor: statement_descriptor_slot,
            statement_descriptor_suffix: statement_descriptor_suffix_slot,
            status: status_slot,
            transfer_data: transfer_data_slot,
            transfer_group: transfer_group_slot,
        })
    }
}

/// How the charge was paid.
#[cfg(feature = "charges")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ChargePaymentMethodDetails {
    /// Kind of payment method (`card`, ...).
    pub r#type: Option<String>,
    /// Details of a card payment.
    pub card: Option<crate::types::ChargePaymentMethodDetailsCard>,
}

#[cfg(feature = "charges")]
#[cfg(feature = "serialize")]
impl serde::Serialize for ChargePaymentMethodDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ChargePaymentMethodDetails",
            &["type", "card"],
            &[true, true],
            &[],
            &[&self.r#type, &self.card],
        )
    }
}

#[cfg(feature = "charges")]
impl<'de> serde::Deserialize<'de> for ChargePaymentMethodDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ChargePaymentMethodDetails",
            &["type", "card"],
        )
    }
}

#[cfg(feature = "charges")]
impl<'de> crate::object::FromObject<'de> for ChargePaymentMethodDetails {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_slot: Option<String> = None;
        let mut card_slot: Option<crate::types::ChargePaymentMethodDetailsCard> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut type_slot, &mut card_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            r#type: type_slot,
            card: card_slot,
        })
    }
}

/// Details of a card payment.
#[cfg(feature = "charges")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ChargePaymentMethodDetailsCard {
    /// Card brand.
    pub brand: Option<String>,
    /// Last four digits of the card number.
    pub last4: Option<String>,
    /// Set when the card was used through a wallet.
    pub wallet: Option<crate::types::ChargePaymentMethodDetailsCardWallet>,
}

#[cfg(feature = "charges")]
#[cfg(feature = "serialize")]
impl serde::Serialize for ChargePaymentMethodDetailsCard {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ChargePaymentMethodDetailsCard",
            &["brand", "last4", "wallet"],
            &[true, true, true],
            &[],
            &[&self.brand, &self.last4, &self.wallet],
        )
    }
}

#[cfg(feature = "charges")]
impl<'de> serde::Deserialize<'de> for ChargePaymentMethodDetailsCard {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ChargePaymentMethodDetailsCard",
            &["brand", "last4", "wallet"],
        )
    }
}

#[cfg(feature = "charges")]
impl<'de> crate::object::FromObject<'de> for ChargePaymentMethodDetailsCard {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut brand_slot: Option<String> = None;
        let mut last4_slot: Option<String> = None;
        let mut wallet_slot: Option<
            crate::types::ChargePaymentMethodDetailsCardWallet,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut brand_slot, &mut last4_slot, &mut wallet_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            brand: brand_slot,
            last4: last4_slot,
            wallet: wallet_slot,
        })
    }
}

/// Set when the card was used through a wallet.
#[cfg(feature = "charges")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ChargePaymentMethodDetailsCardWallet {
    /// The wallet the card was used through (Apple Pay, Google Pay, ...).
    pub r#type: Option<String>,
}

#[cfg(feature = "charges")]
#[cfg(feature = "serialize")]
impl serde::Serialize for ChargePaymentMethodDetailsCardWallet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ChargePaymentMethodDetailsCardWallet",
            &["type"],
            &[true],
            &[],
            &[&self.r#type],
        )
    }
}

#[cfg(feature = "charges")]
impl<'de> serde::Deserialize<'de> for ChargePaymentMethodDetailsCardWallet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ChargePaymentMethodDetailsCardWallet",
            &["type"],
        )
    }
}

#[cfg(feature = "charges")]
impl<'de> crate::object::FromObject<'de> for ChargePaymentMethodDetailsCardWallet {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut type_slot],
        ) {
            return Err(error);
        }
        Ok(Self { r#type: type_slot })
    }
}

/// The customer of a Checkout Session as the examples show it.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CheckoutCustomerDetails {
    /// Identifier of the customer (`cus_...`).
    pub id: String,
    /// `customer` in the examples.
    pub object: String,
    /// Creation time, in milliseconds since the Unix epoch (1754650097000 in the example).
    pub created: i64,
    /// `true` in live mode.
    pub livemode: Option<bool>,
    /// Address of the customer.
    pub address: Option<crate::types::Address>,
    /// Email address of the customer.
    pub email: Option<String>,
    /// Name of the customer.
    pub name: Option<String>,
    /// Phone number of the customer.
    pub phone: Option<String>,
}

#[cfg(feature = "checkout_sessions")]
impl CheckoutCustomerDetails {
    /// A `CheckoutCustomerDetails` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            created,
            livemode: None,
            address: None,
            email: None,
            name: None,
            phone: None,
        }
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "serialize")]
impl serde::Serialize for CheckoutCustomerDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CheckoutCustomerDetails",
            &[
                "id",
                "object",
                "created",
                "livemode",
                "address",
                "email",
                "name",
                "phone",
            ],
            &[false, false, false, true, true, true, true, true],
            &[&self.id, &self.object, &self.created],
            &[&self.livemode, &self.address, &self.email, &self.name, &self.phone],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> serde::Deserialize<'de> for CheckoutCustomerDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CheckoutCustomerDetails",
            &["id", "object", "created", "livemode", "address", "email", "name", "phone"],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> crate::object::FromObject<'de> for CheckoutCustomerDetails {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut address_slot: Option<crate::types::Address> = None;
        let mut email_slot: Option<String> = None;
        let mut name_slot: Option<String> = None;
        let mut phone_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut livemode_slot,
                &mut address_slot,
                &mut email_slot,
                &mut name_slot,
                &mut phone_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            created: created_slot,
            livemode: livemode_slot,
            address: address_slot,
            email: email_slot,
            name: name_slot,
            phone: phone_slot,
        })
    }
}

/// One line of a Checkout Session.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CheckoutLineItem {
    /// Identifier of the line item (`li_...`).
    pub id: String,
    /// `item` in the examples.
    pub object: String,
    /// Three-letter ISO currency code.
    pub currency: Option<String>,
    /// Description of the item (the product name).
    pub description: Option<String>,
    /// The price paid for the item.
    pub price: Option<crate::types::CheckoutPrice>,
    /// Number of units.
    pub quantity: Option<i64>,
    /// Amount before discounts and taxes.
    pub amount_subtotal: Option<i64>,
    /// Amount after discounts and taxes.
    pub amount_total: Option<i64>,
}

#[cfg(feature = "checkout_sessions")]
impl CheckoutLineItem {
    /// A `CheckoutLineItem` with its required fields (`id`, `object`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            currency: None,
            description: None,
            price: None,
            quantity: None,
            amount_subtotal: None,
            amount_total: None,
        }
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "serialize")]
impl serde::Serialize for CheckoutLineItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CheckoutLineItem",
            &[
                "id",
                "object",
                "currency",
                "description",
                "price",
                "quantity",
                "amount_subtotal",
                "amount_total",
            ],
            &[false, false, true, true, true, true, true, true],
            &[&self.id, &self.object],
            &[
                &self.currency,
                &self.description,
                &self.price,
                &self.quantity,
                &self.amount_subtotal,
                &self.amount_total,
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> serde::Deserialize<'de> for CheckoutLineItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CheckoutLineItem",
            &[
                "id",
                "object",
                "currency",
                "description",
                "price",
                "quantity",
                "amount_subtotal",
                "amount_total",
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> crate::object::FromObject<'de> for CheckoutLineItem {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut currency_slot: Option<String> = None;
        let mut description_slot: Option<String> = None;
        let mut price_slot: Option<crate::types::CheckoutPrice> = None;
        let mut quantity_slot: Option<i64> = None;
        let mut amount_subtotal_slot: Option<i64> = None;
        let mut amount_total_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot],
            &mut [
                &mut currency_slot,
                &mut description_slot,
                &mut price_slot,
                &mut quantity_slot,
                &mut amount_subtotal_slot,
                &mut amount_total_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            currency: currency_slot,
            description: description_slot,
            price: price_slot,
            quantity: quantity_slot,
            amount_subtotal: amount_subtotal_slot,
            amount_total: amount_total_slot,
        })
    }
}

/// A price as embedded in a Checkout Session line item.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CheckoutPrice {
    /// Identifier of the price (`price_...`).
    pub id: String,
    /// Always `price`.
    pub object: String,
    /// Creation time, in milliseconds since the Unix epoch (1665553291000 in the example).
    pub created: i64,
    /// `true` in live mode.
    pub livemode: Option<bool>,
    /// Whether the price can be used.
    pub active: Option<bool>,
    /// Three-letter ISO currency code.
    pub currency: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Internal name of the price.
    pub nickname: Option<String>,
    /// The product the price is for.
    pub product: Option<crate::types::CheckoutProduct>,
    /// `one_time` in the examples.
    pub r#type: Option<String>,
    /// Price of one unit, in the smallest currency unit.
    pub unit_amount: Option<i64>,
    /// `per_unit` in the examples.
    pub billing_scheme: Option<String>,
    /// Key to find the price by.
    pub lookup_key: Option<String>,
}

#[cfg(feature = "checkout_sessions")]
impl CheckoutPrice {
    /// A `CheckoutPrice` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            created,
            livemode: None,
            active: None,
            currency: None,
            metadata: None,
            nickname: None,
            product: None,
            r#type: None,
            unit_amount: None,
            billing_scheme: None,
            lookup_key: None,
        }
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "serialize")]
impl serde::Serialize for CheckoutPrice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CheckoutPrice",
            &[
                "id",
                "object",
                "created",
                "livemode",
                "active",
                "currency",
                "metadata",
                "nickname",
                "product",
                "type",
                "unit_amount",
                "billing_scheme",
                "lookup_key",
            ],
            &[
                false, false, false, true, true, true, true, true, true, true, true,
                true, true,
            ],
            &[&self.id, &self.object, &self.created],
            &[
                &self.livemode,
                &self.active,
                &self.currency,
                &self.metadata,
                &self.nickname,
                &self.product,
                &self.r#type,
                &self.unit_amount,
                &self.billing_scheme,
                &self.lookup_key,
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> serde::Deserialize<'de> for CheckoutPrice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CheckoutPrice",
            &[
                "id",
                "object",
                "created",
                "livemode",
                "active",
                "currency",
                "metadata",
                "nickname",
                "product",
                "type",
                "unit_amount",
                "billing_scheme",
                "lookup_key",
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> crate::object::FromObject<'de> for CheckoutPrice {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut active_slot: Option<bool> = None;
        let mut currency_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut nickname_slot: Option<String> = None;
        let mut product_slot: Option<crate::types::CheckoutProduct> = None;
        let mut type_slot: Option<String> = None;
        let mut unit_amount_slot: Option<i64> = None;
        let mut billing_scheme_slot: Option<String> = None;
        let mut lookup_key_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut livemode_slot,
                &mut active_slot,
                &mut currency_slot,
                &mut metadata_slot,
                &mut nickname_slot,
                &mut product_slot,
                &mut type_slot,
                &mut unit_amount_slot,
                &mut billing_scheme_slot,
                &mut lookup_key_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            created: created_slot,
            livemode: livemode_slot,
            active: active_slot,
            currency: currency_slot,
            metadata: metadata_slot,
            nickname: nickname_slot,
            product: product_slot,
            r#type: type_slot,
            unit_amount: unit_amount_slot,
            billing_scheme: billing_scheme_slot,
            lookup_key: lookup_key_slot,
        })
    }
}

/// A product as embedded in a Checkout Session line item.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CheckoutProduct {
    /// Identifier of the product (`prod_...`).
    pub id: String,
    /// Always `product`.
    pub object: String,
    /// Creation time, in milliseconds since the Unix epoch (1665553291000 in the example).
    pub created: i64,
    /// Last change time (not in the examples; presumably milliseconds, like `created`).
    pub updated: Option<i64>,
    /// `true` in live mode.
    pub livemode: Option<bool>,
    /// Whether the product can be sold.
    pub active: Option<bool>,
    /// Name shown to the customer.
    pub name: Option<String>,
    /// Description shown to the customer.
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Public page of the product.
    pub url: Option<String>,
}

#[cfg(feature = "checkout_sessions")]
impl CheckoutProduct {
    /// A `CheckoutProduct` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            created,
            updated: None,
            livemode: None,
            active: None,
            name: None,
            description: None,
            metadata: None,
            url: None,
        }
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "serialize")]
impl serde::Serialize for CheckoutProduct {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CheckoutProduct",
            &[
                "id",
                "object",
                "created",
                "updated",
                "livemode",
                "active",
                "name",
                "description",
                "metadata",
                "url",
            ],
            &[false, false, false, true, true, true, true, true, true, true],
            &[&self.id, &self.object, &self.created],
            &[
                &self.updated,
                &self.livemode,
                &self.active,
                &self.name,
                &self.description,
                &self.metadata,
                &self.url,
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> serde::Deserialize<'de> for CheckoutProduct {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CheckoutProduct",
            &[
                "id",
                "object",
                "created",
                "updated",
                "livemode",
                "active",
                "name",
                "description",
                "metadata",
                "url",
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> crate::object::FromObject<'de> for CheckoutProduct {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut updated_slot: Option<i64> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut active_slot: Option<bool> = None;
        let mut name_slot: Option<String> = None;
        let mut description_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut url_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut updated_slot,
                &mut livemode_slot,
                &mut active_slot,
                &mut name_slot,
                &mut description_slot,
                &mut metadata_slot,
                &mut url_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            created: created_slot,
            updated: updated_slot,
            livemode: livemode_slot,
            active: active_slot,
            name: name_slot,
            description: description_slot,
            metadata: metadata_slot,
            url: url_slot,
        })
    }
}

/// The `Checkout Session` schema of the API.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CheckoutSession {
    /// Identifier of the Checkout Session (`cs_...`).
    pub id: String,
    /// Always `checkout.session`.
    pub object: String,
    /// Creation time, in milliseconds since the Unix epoch (as every example gives it, e.g. 1665553291000).
    pub created: i64,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// Also sent next to `livemode` in the setup-mode example.
    pub live_mode: Option<bool>,
    /// Total before discounts and taxes.
    pub amount_subtotal: Option<i64>,
    /// Total after discounts and taxes.
    pub amount_total: Option<i64>,
    /// Whether the payment page asks for a billing address.
    pub billing_address_collection: Option<
        crate::types::CheckoutSessionBillingAddressCollection,
    >,
    /// Where the customer goes when leaving the payment page.
    pub cancel_url: Option<String>,
    /// The merchant's own reference for the session.
    pub client_reference_id: Option<String>,
    /// Three-letter ISO currency code.
    pub currency: Option<String>,
    /// ID of the customer (an empty string when there is none).
    pub customer: Option<String>,
    /// The customer, when one is attached.
    pub customer_details: Option<crate::types::CheckoutCustomerDetails>,
    /// Email address the payment page is filled with.
    pub customer_email: Option<String>,
    /// When the session expires (24 hours after creation by default), in milliseconds since the Unix epoch (1754736504499 in the setup-mode example).
    pub expires_at: Option<i64>,
    /// What is being paid for.
    pub line_items: Option<crate::types::CheckoutSessionLineItems>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `payment`, or `setup` to save a payment method without paying.
    pub mode: Option<crate::types::CheckoutSessionMode>,
    /// ID of the PaymentIntent created for the session.
    pub payment_intent: Option<String>,
    /// ID of the payment link the session came from.
    pub payment_link: Option<String>,
    /// Options per payment method (card, alipayplus, alipay_hk, alipay, wechat_pay, sepa_debit, akulaku, ...; their fields are not shown on the pages).
    pub payment_method_options: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// Payment method types offered on the payment page.
    pub payment_method_types: Option<Vec<String>>,
    /// Whether the session was paid: `unpaid` in the examples; `paid` is read by integration code.
    pub payment_status: Option<crate::types::CheckoutSessionPaymentStatus>,
    /// ID of the SetupIntent, in `setup` mode.
    pub setup_intent: Option<String>,
    /// Shipping details collected.
    pub shipping: Option<crate::types::Shipping>,
    /// `open` until paid (`complete`) or expired (`expired`); `open` is in the examples, `complete` and `expired` are read by integration code (and named by the `checkout.session.completed` and `checkout.session.expired` events).
    pub status: Option<crate::types::CheckoutSessionStatus>,
    /// Where the customer goes after paying.
    pub success_url: Option<String>,
    /// The hosted payment page to redirect the customer to.
    pub url: Option<String>,
}

#[cfg(feature = "checkout_sessions")]
impl CheckoutSession {
    /// A `CheckoutSession` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            created,
            livemode: None,
            live_mode: None,
            amount_subtotal: None,
            amount_total: None,
            billing_address_collection: None,
            cancel_url: None,
            client_reference_id: None,
            currency: None,
            customer: None,
            customer_details: None,
            customer_email: None,
            expires_at: None,
            line_items: None,
            metadata: None,
            mode: None,
            payment_intent: None,
            payment_link: None,
            payment_method_options: None,
            payment_method_types: None,
            payment_status: None,
            setup_intent: None,
            shipping: None,
            status: None,
            success_url: None,
            url: None,
        }
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "serialize")]
impl serde::Serialize for CheckoutSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CheckoutSession",
            &[
                "id",
                "object",
                "created",
                "livemode",
                "live_mode",
                "amount_subtotal",
                "amount_total",
                "billing_address_collection",
                "cancel_url",
                "client_reference_id",
                "currency",
                "customer",
                "customer_details",
                "customer_email",
                "expires_at",
                "line_items",
                "metadata",
                "mode",
                "payment_intent",
                "payment_link",
                "payment_method_options",
                "payment_method_types",
                "payment_status",
                "setup_intent",
                "shipping",
                "status",
                "success_url",
                "url",
            ],
            &[
                false, false, false, true, true, true, true, true, true, true, true,
                true, true, true, true, true, true, true, true, true, true, true, true,
                true, true, true, true, true,
            ],
            &[&self.id, &self.object, &self.created],
            &[
                &self.livemode,
                &self.live_mode,
                &self.amount_subtotal,
                &self.amount_total,
                &self.billing_address_collection,
                &self.cancel_url,
                &self.client_reference_id,
                &self.currency,
                &self.customer,
                &self.customer_details,
                &self.customer_email,
                &self.expires_at,
                &self.line_items,
                &self.metadata,
                &self.mode,
                &self.payment_intent,
                &self.payment_link,
                &self.payment_method_options,
                &self.payment_method_types,
                &self.payment_status,
                &self.setup_intent,
                &self.shipping,
                &self.status,
                &self.success_url,
                &self.url,
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> serde::Deserialize<'de> for CheckoutSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CheckoutSession",
            &[
                "id",
                "object",
                "created",
                "livemode",
                "live_mode",
                "amount_subtotal",
                "amount_total",
                "billing_address_collection",
                "cancel_url",
                "client_reference_id",
                "currency",
                "customer",
                "customer_details",
                "customer_email",
                "expires_at",
                "line_items",
                "metadata",
                "mode",
                "payment_intent",
                "payment_link",
                "payment_method_options",
                "payment_method_types",
                "payment_status",
                "setup_intent",
                "shipping",
                "status",
                "success_url",
                "url",
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> crate::object::FromObject<'de> for CheckoutSession {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut live_mode_slot: Option<bool> = None;
        let mut amount_subtotal_slot: Option<i64> = None;
        let mut amount_total_slot: Option<i64> = None;
        let mut billing_address_collection_slot: Option<
            crate::types::CheckoutSessionBillingAddressCollection,
        > = None;
        let mut cancel_url_slot: Option<String> = None;
        let mut client_reference_id_slot: Option<String> = None;
        let mut currency_slot: Option<String> = None;
        let mut customer_slot: Option<String> = None;
        let mut customer_details_slot: Option<crate::types::CheckoutCustomerDetails> = None;
        let mut customer_email_slot: Option<String> = None;
        let mut expires_at_slot: Option<i64> = None;
        let mut line_items_slot: Option<crate::types::CheckoutSessionLineItems> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut mode_slot: Option<crate::types::CheckoutSessionMode> = None;
        let mut payment_intent_slot: Option<String> = None;
        let mut payment_link_slot: Option<String> = None;
        let mut payment_method_options_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut payment_method_types_slot: Option<Vec<String>> = None;
        let mut payment_status_slot: Option<
            crate::types::CheckoutSessionPaymentStatus,
        > = None;
        let mut setup_intent_slot: Option<String> = None;
        let mut shipping_slot: Option<crate::types::Shipping> = None;
        let mut status_slot: Option<crate::types::CheckoutSessionStatus> = None;
        let mut success_url_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut livemode_slot,
                &mut live_mode_slot,
                &mut amount_subtotal_slot,
                &mut amount_total_slot,
                &mut billing_address_collection_slot,
                &mut cancel_url_slot,
                &mut client_reference_id_slot,
                &mut currency_slot,
                &mut customer_slot,
                &mut customer_details_slot,
                &mut customer_email_slot,
                &mut expires_at_slot,
                &mut line_items_slot,
                &mut metadata_slot,
                &mut mode_slot,
                &mut payment_intent_slot,
                &mut payment_link_slot,
                &mut payment_method_options_slot,
                &mut payment_method_types_slot,
                &mut payment_status_slot,
                &mut setup_intent_slot,
                &mut shipping_slot,
                &mut status_slot,
                &mut success_url_slot,
                &mut url_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            created: created_slot,
            livemode: livemode_slot,
            live_mode: live_mode_slot,
            amount_subtotal: amount_subtotal_slot,
            amount_total: amount_total_slot,
            billing_address_collection: billing_address_collection_slot,
            cancel_url: cancel_url_slot,
            client_reference_id: client_reference_id_slot,
            currency: currency_slot,
            customer: customer_slot,
            customer_details: customer_details_slot,
            customer_email: customer_email_slot,
            expires_at: expires_at_slot,
            line_items: line_items_slot,
            metadata: metadata_slot,
            mode: mode_slot,
            payment_intent: payment_intent_slot,
            payment_link: payment_link_slot,
            payment_method_options: payment_method_options_slot,
            payment_method_types: payment_method_types_slot,
            payment_status: payment_status_slot,
            setup_intent: setup_intent_slot,
            shipping: shipping_slot,
            status: status_slot,
            success_url: success_url_slot,
            url: url_slot,
        })
    }
}

/// Whether the payment page asks for a billing address.
///
/// Also used at `#/components/schemas/Checkout Session/properties/billing_address_collection`, `#/paths/~1v1~1checkout~1sessions/post/requestBody/content/application~1json/schema/properties/billing_address_collection`.
#[cfg(feature = "checkout_sessions")]
#[derive(Clone)]
pub enum CheckoutSessionBillingAddressCollection {
    /// `required`
    Required,
    /// `auto`
    Auto,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "checkout_sessions")]
impl CheckoutSessionBillingAddressCollection {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "required",
            Self::Auto => "auto",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "checkout_sessions")]
impl From<&str> for CheckoutSessionBillingAddressCollection {
    fn from(value: &str) -> Self {
        match value {
            "required" => Self::Required,
            "auto" => Self::Auto,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "checkout_sessions")]
string_enum_impls!(CheckoutSessionBillingAddressCollection);

/// What is being paid for.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CheckoutSessionLineItems {
    /// Always `list`.
    pub object: String,
    /// The lines.
    pub data: Vec<crate::types::CheckoutLineItem>,
}

#[cfg(feature = "checkout_sessions")]
impl CheckoutSessionLineItems {
    /// A `CheckoutSessionLineItems` with its required fields (`object`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        object: impl Into<String>,
        data: Vec<crate::types::CheckoutLineItem>,
    ) -> Self {
        Self {
            object: object.into(),
            data,
        }
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "serialize")]
impl serde::Serialize for CheckoutSessionLineItems {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CheckoutSessionLineItems",
            &["object", "data"],
            &[false, false],
            &[&self.object, &self.data],
            &[],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> serde::Deserialize<'de> for CheckoutSessionLineItems {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CheckoutSessionLineItems",
            &["object", "data"],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> crate::object::FromObject<'de> for CheckoutSessionLineItems {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut data_slot: Option<Vec<crate::types::CheckoutLineItem>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot, &mut data_slot],
            &mut [],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            object: object_slot,
            data: data_slot,
        })
    }
}

/// `payment`, or `setup` to save a payment method without paying.
///
/// Also used at `#/components/schemas/Checkout Session/properties/mode`, `#/paths/~1v1~1checkout~1sessions/post/requestBody/content/application~1json/schema/properties/mode`.
#[cfg(feature = "checkout_sessions")]
#[derive(Clone)]
pub enum CheckoutSessionMode {
    /// `payment`
    Payment,
    /// `setup`
    Setup,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "checkout_sessions")]
impl CheckoutSessionMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Payment => "payment",
            Self::Setup => "setup",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "checkout_sessions")]
impl From<&str> for CheckoutSessionMode {
    fn from(value: &str) -> Self {
        match value {
            "payment" => Self::Payment,
            "setup" => Self::Setup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "checkout_sessions")]
string_enum_impls!(CheckoutSessionMode);

/// Whether the session was paid: `unpaid` in the examples; `paid` is read by integration code.
#[cfg(feature = "checkout_sessions")]
#[derive(Clone)]
pub enum CheckoutSessionPaymentStatus {
    /// `unpaid`
    Unpaid,
    /// `paid`
    Paid,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "checkout_sessions")]
impl CheckoutSessionPaymentStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unpaid => "unpaid",
            Self::Paid => "paid",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "checkout_sessions")]
impl From<&str> for CheckoutSessionPaymentStatus {
    fn from(value: &str) -> Self {
        match value {
            "unpaid" => Self::Unpaid,
            "paid" => Self::Paid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "checkout_sessions")]
string_enum_impls!(CheckoutSessionPaymentStatus);

/// `open` until paid (`complete`) or expired (`expired`); `open` is in the examples, `complete` and `expired` are read by integration code (and named by the `checkout.session.completed` and `checkout.session.expired` events).
#[cfg(feature = "checkout_sessions")]
#[derive(Clone)]
pub enum CheckoutSessionStatus {
    /// `open`
    Open,
    /// `complete`
    Complete,
    /// `expired`
    Expired,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "checkout_sessions")]
impl CheckoutSessionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Complete => "complete",
            Self::Expired => "expired",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "checkout_sessions")]
impl From<&str> for CheckoutSessionStatus {
    fn from(value: &str) -> Self {
        match value {
            "open" => Self::Open,
            "complete" => Self::Complete,
            "expired" => Self::Expired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "checkout_sessions")]
string_enum_impls!(CheckoutSessionStatus);

/// The request body of `POST /v1/payment_intents/{id}/confirm`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ConfirmPaymentIntent {
    /// A payment method to create and use for this payment.
    pub payment_method_data: Option<crate::types::PaymentMethodData>,
    /// ID of an existing payment method (`pm_...`) to pay with, instead of `payment_method_data` (not on the confirm page; inferred from the create page and the guides).
    pub payment_method: Option<String>,
    /// Where the customer returns after authenticating with the payment method (not on the confirm page; inferred from the create page and the guides).
    pub return_url: Option<String>,
    /// Payment Method Options
    ///
    /// Per-method options (not on the confirm page; inferred from the create page and the guides).
    pub payment_method_options: Option<crate::types::PaymentMethodOptions>,
    /// The customer is not present to authenticate (a payment charged later). The confirm page types it a string (`"true"`), the create page's `off-session` a boolean: both forms can be sent, and the crate sends the one chosen, `Bool(true)` → `true`, `String("true")` → `"true"` (its examples and tests use `Bool`).
    pub off_session: Option<crate::types::BoolOrString>,
    /// Fail the payment instead of moving it to `requires_action` (for integrations that do not handle customer actions). The confirm page types it a string (`"true"`); the boolean form is inferred from the create page's boolean `off-session`. The crate sends the form chosen, `Bool(true)` → `true`, `String("true")` → `"true"` (its examples and tests use `Bool`).
    pub error_on_requires_action: Option<crate::types::BoolOrString>,
}

#[cfg(feature = "payment_intents")]
impl serde::Serialize for ConfirmPaymentIntent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ConfirmPaymentIntent",
            &[
                "payment_method_data",
                "payment_method",
                "return_url",
                "payment_method_options",
                "off_session",
                "error_on_requires_action",
            ],
            &[true, true, true, true, true, true],
            &[],
            &[
                &self.payment_method_data,
                &self.payment_method,
                &self.return_url,
                &self.payment_method_options,
                &self.off_session,
                &self.error_on_requires_action,
            ],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ConfirmPaymentIntent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ConfirmPaymentIntent",
            &[
                "payment_method_data",
                "payment_method",
                "return_url",
                "payment_method_options",
                "off_session",
                "error_on_requires_action",
            ],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ConfirmPaymentIntent {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut payment_method_data_slot: Option<crate::types::PaymentMethodData> = None;
        let mut payment_method_slot: Option<String> = None;
        let mut return_url_slot: Option<String> = None;
        let mut payment_method_options_slot: Option<
            crate::types::PaymentMethodOptions,
        > = None;
        let mut off_session_slot: Option<crate::types::BoolOrString> = None;
        let mut error_on_requires_action_slot: Option<crate::types::BoolOrString> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut payment_method_data_slot,
                &mut payment_method_slot,
                &mut return_url_slot,
                &mut payment_method_options_slot,
                &mut off_session_slot,
                &mut error_on_requires_action_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            payment_method_data: payment_method_data_slot,
            payment_method: payment_method_slot,
            return_url: return_url_slot,
            payment_method_options: payment_method_options_slot,
            off_session: off_session_slot,
            error_on_requires_action: error_on_requires_action_slot,
        })
    }
}

/// The request body of `POST /v1/setup_intents/{id}/confirm`.
#[cfg(feature = "setup_intents")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ConfirmSetupIntent {
    /// ID of the customer the payment method is saved to once the setup succeeds (a payment method of another customer cannot be used).
    pub customer: Option<String>,
    /// Free text about the setup.
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// ID of the payment method to set up.
    pub payment_method: Option<String>,
    /// Options by payment method type.
    pub payment_method_options: Option<crate::types::SetupIntentPaymentMethodOptions>,
    /// A payment method to create; it becomes this SetupIntent's payment_method.
    pub payment_method_data: Option<crate::types::PaymentMethodData>,
    /// How the saved payment method will be used: `on_session` when the customer is present, `off_session` when they may not be.
    pub usage: Option<crate::types::SetupIntentUsage>,
    /// Where the customer returns after authenticating on the payment method's page or app.
    pub return_url: String,
}

#[cfg(feature = "setup_intents")]
impl ConfirmSetupIntent {
    /// A `ConfirmSetupIntent` with its required fields (`return_url`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(return_url: impl Into<String>) -> Self {
        Self {
            customer: None,
            description: None,
            metadata: None,
            payment_method: None,
            payment_method_options: None,
            payment_method_data: None,
            usage: None,
            return_url: return_url.into(),
        }
    }
}

#[cfg(feature = "setup_intents")]
impl serde::Serialize for ConfirmSetupIntent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ConfirmSetupIntent",
            &[
                "customer",
                "description",
                "metadata",
                "payment_method",
                "payment_method_options",
                "payment_method_data",
                "usage",
                "return_url",
            ],
            &[true, true, true, true, true, true, true, false],
            &[&self.return_url],
            &[
                &self.customer,
                &self.description,
                &self.metadata,
                &self.payment_method,
                &self.payment_method_options,
                &self.payment_method_data,
                &self.usage,
            ],
        )
    }
}

#[cfg(feature = "setup_intents")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ConfirmSetupIntent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ConfirmSetupIntent",
            &[
                "return_url",
                "customer",
                "description",
                "metadata",
                "payment_method",
                "payment_method_options",
                "payment_method_data",
                "usage",
            ],
        )
    }
}

#[cfg(feature = "setup_intents")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ConfirmSetupIntent {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut customer_slot: Option<String> = None;
        let mut description_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut payment_method_slot: Option<String> = None;
        let mut payment_method_options_slot: Option<
            crate::types::SetupIntentPaymentMethodOptions,
        > = None;
        let mut payment_method_data_slot: Option<crate::types::PaymentMethodData> = None;
        let mut usage_slot: Option<crate::types::SetupIntentUsage> = None;
        let mut return_url_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut return_url_slot],
            &mut [
                &mut customer_slot,
                &mut description_slot,
                &mut metadata_slot,
                &mut payment_method_slot,
                &mut payment_method_options_slot,
                &mut payment_method_data_slot,
                &mut usage_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(return_url_slot) = return_url_slot else {
            return crate::object::missing("return_url");
        };
        Ok(Self {
            customer: customer_slot,
            description: description_slot,
            metadata: metadata_slot,
            payment_method: payment_method_slot,
            payment_method_options: payment_method_options_slot,
            payment_method_data: payment_method_data_slot,
            usage: usage_slot,
            return_url: return_url_slot,
        })
    }
}

/// A discount that can be applied to payments, by amount or by percentage.
#[cfg(any(feature = "coupons", feature = "promotion_codes"))]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Coupon {
    /// Identifier of the coupon.
    pub id: String,
    /// Fixed discount in the smallest unit of `currency`, taken off the subtotal (null for a percentage coupon).
    pub amount_off: Option<i64>,
    /// Three-letter ISO currency code of `amount_off`.
    pub currency: Option<String>,
    /// How long the discount applies: `once`, `forever`, or `repeating` for the `duration_in_*` periods.
    pub duration: Option<crate::types::CouponDuration>,
    /// For a `repeating` coupon, the number of months it applies.
    pub duration_in_months: Option<i64>,
    /// For a `repeating` coupon, the number of weeks it applies (a string on the page).
    ///
    /// Sent as a JSON string of digits (`"500"`), as the API documents it; read from a string or a number.
    pub duration_in_weeks: Option<i64>,
    /// For a `repeating` coupon, the number of days it applies (a string on the page).
    ///
    /// Sent as a JSON string of digits (`"500"`), as the API documents it; read from a string or a number.
    pub duration_in_days: Option<i64>,
    /// The object's type.
    pub object: String,
    /// Creation time.
    pub created: i64,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Name of the coupon, shown to customers.
    pub name: Option<String>,
    /// Percentage taken off the subtotal (null for a fixed-amount coupon).
    pub percent_off: Option<f64>,
    /// How many times the coupon can be redeemed in all.
    pub max_redemptions: Option<i64>,
    /// Last time the coupon can be redeemed.
    pub redeem_by: Option<i64>,
    /// How many times the coupon was redeemed.
    pub times_redeemed: Option<i64>,
    /// Whether the coupon can still be applied.
    pub valid: Option<bool>,
    /// What the coupon can be applied to.
    pub applies_to: Option<crate::types::CouponAppliesTo>,
    /// Amounts off in other currencies, by currency (the example shows one placeholder key, `<currency>.amount_off`).
    pub currency_options: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[cfg(any(feature = "coupons", feature = "promotion_codes"))]
impl Coupon {
    /// A `Coupon` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            amount_off: None,
            currency: None,
            duration: None,
            duration_in_months: None,
            duration_in_weeks: None,
            duration_in_days: None,
            object: object.into(),
            created,
            livemode: None,
            metadata: None,
            name: None,
            percent_off: None,
            max_redemptions: None,
            redeem_by: None,
            times_redeemed: None,
            valid: None,
            applies_to: None,
            currency_options: None,
        }
    }
}

#[cfg(any(feature = "coupons", feature = "promotion_codes"))]
#[cfg(feature = "serialize")]
impl serde::Serialize for Coupon {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Coupon",
            &[
                "id",
                "amount_off",
                "currency",
                "duration",
                "duration_in_months",
                "duration_in_weeks",
                "duration_in_days",
                "object",
                "created",
                "livemode",
                "metadata",
                "name",
                "percent_off",
                "max_redemptions",
                "redeem_by",
                "times_redeemed",
                "valid",
                "applies_to",
                "currency_options",
            ],
            &[
                false, true, true, true, true, true, true, false, false, true, true,
                true, true, true, true, true, true, true, true,
            ],
            &[&self.id, &self.object, &self.created],
            &[
                &self.amount_off,
                &self.currency,
                &self.duration,
                &self.duration_in_months,
                &self.duration_in_weeks.map(crate::object::IntegerText),
                &self.duration_in_days.map(crate::object::IntegerText),
                &self.livemode,
                &self.metadata,
                &self.name,
                &self.percent_off,
                &self.max_redemptions,
                &self.redeem_by,
                &self.times_redeemed,
                &self.valid,
                &self.applies_to,
                &self.currency_options,
            ],
        )
    }
}

#[cfg(any(feature = "coupons", feature = "promotion_codes"))]
impl<'de> serde::Deserialize<'de> for Coupon {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Coupon",
            &[
                "id",
                "object",
                "created",
                "amount_off",
                "currency",
                "duration",
                "duration_in_months",
                "duration_in_weeks",
                "duration_in_days",
                "livemode",
                "metadata",
                "name",
                "percent_off",
                "max_redemptions",
                "redeem_by",
                "times_redeemed",
                "valid",
                "applies_to",
                "currency_options",
            ],
        )
    }
}

#[cfg(any(feature = "coupons", feature = "promotion_codes"))]
impl<'de> crate::object::FromObject<'de> for Coupon {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut amount_off_slot: Option<i64> = None;
        let mut currency_slot: Option<String> = None;
        let mut duration_slot: Option<crate::types::CouponDuration> = None;
        let mut duration_in_months_slot: Option<i64> = None;
        let mut duration_in_weeks_slot: Option<crate::object::AnyInteger> = None;
        let mut duration_in_days_slot: Option<crate::object::AnyInteger> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut name_slot: Option<String> = None;
        let mut percent_off_slot: Option<f64> = None;
        let mut max_redemptions_slot: Option<i64> = None;
        let mut redeem_by_slot: Option<i64> = None;
        let mut times_redeemed_slot: Option<i64> = None;
        let mut valid_slot: Option<bool> = None;
        let mut applies_to_slot: Option<crate::types::CouponAppliesTo> = None;
        let mut currency_options_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut amount_off_slot,
                &mut currency_slot,
                &mut duration_slot,
                &mut duration_in_months_slot,
                &mut duration_in_weeks_slot,
                &mut duration_in_days_slot,
                &mut livemode_slot,
                &mut metadata_slot,
                &mut name_slot,
                &mut percent_off_slot,
                &mut max_redemptions_slot,
                &mut redeem_by_slot,
                &mut times_redeemed_slot,
                &mut valid_slot,
                &mut applies_to_slot,
                &mut currency_options_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            amount_off: amount_off_slot,
            currency: currency_slot,
            duration: duration_slot,
            duration_in_months: duration_in_months_slot,
            duration_in_weeks: duration_in_weeks_slot.map(|v| v.0),
            duration_in_days: duration_in_days_slot.map(|v| v.0),
            object: object_slot,
            created: created_slot,
            livemode: livemode_slot,
            metadata: metadata_slot,
            name: name_slot,
            percent_off: percent_off_slot,
            max_redemptions: max_redemptions_slot,
            redeem_by: redeem_by_slot,
            times_redeemed: times_redeemed_slot,
            valid: valid_slot,
            applies_to: applies_to_slot,
            currency_options: currency_options_slot,
        })
    }
}

/// What the coupon can be applied to.
#[cfg(any(feature = "coupons", feature = "promotion_codes"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CouponAppliesTo {
    /// IDs of the products the coupon is limited to.
    pub products: Option<Vec<String>>,
}

#[cfg(any(feature = "coupons", feature = "promotion_codes"))]
#[cfg(feature = "serialize")]
impl serde::Serialize for CouponAppliesTo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CouponAppliesTo",
            &["products"],
            &[true],
            &[],
            &[&self.products],
        )
    }
}

#[cfg(any(feature = "coupons", feature = "promotion_codes"))]
impl<'de> serde::Deserialize<'de> for CouponAppliesTo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "CouponAppliesTo", &["products"])
    }
}

#[cfg(any(feature = "coupons", feature = "promotion_codes"))]
impl<'de> crate::object::FromObject<'de> for CouponAppliesTo {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut products_slot: Option<Vec<String>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut products_slot],
        ) {
            return Err(error);
        }
        Ok(Self { products: products_slot })
    }
}

/// How long the discount applies: `once`, `forever`, or `repeating` for the `duration_in_*` periods.
///
/// Also used at `#/components/schemas/Coupon/properties/duration`, `#/paths/~1v1~1coupons/post/requestBody/content/application~1json/schema/properties/duration`.
#[cfg(any(feature = "coupons", feature = "promotion_codes"))]
#[derive(Clone)]
pub enum CouponDuration {
    /// `forever`
    Forever,
    /// `once`
    Once,
    /// `repeating`
    Repeating,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(any(feature = "coupons", feature = "promotion_codes"))]
impl CouponDuration {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Forever => "forever",
            Self::Once => "once",
            Self::Repeating => "repeating",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(any(feature = "coupons", feature = "promotion_codes"))]
impl From<&str> for CouponDuration {
    fn from(value: &str) -> Self {
        match value {
            "forever" => Self::Forever,
            "once" => Self::Once,
            "repeating" => Self::Repeating,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "coupons", feature = "promotion_codes"))]
string_enum_impls!(CouponDuration);

/// The request body of `POST /v1/coupons`.
#[cfg(feature = "coupons")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateCoupon {
    /// Fixed discount in the smallest unit of `currency`, taken off the subtotal.
    pub amount_off: Option<i64>,
    /// Three-letter ISO currency code of `amount_off`.
    pub currency: Option<String>,
    /// How long the discount applies.
    pub duration: Option<crate::types::CouponDuration>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Name of the coupon, shown to customers.
    pub name: Option<String>,
    /// Percentage taken off the subtotal.
    pub percent_off: Option<f64>,
}

#[cfg(feature = "coupons")]
impl serde::Serialize for CreateCoupon {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateCoupon",
            &["amount_off", "currency", "duration", "metadata", "name", "percent_off"],
            &[true, true, true, true, true, true],
            &[],
            &[
                &self.amount_off,
                &self.currency,
                &self.duration,
                &self.metadata,
                &self.name,
                &self.percent_off,
            ],
        )
    }
}

#[cfg(feature = "coupons")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateCoupon {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateCoupon",
            &["amount_off", "currency", "duration", "metadata", "name", "percent_off"],
        )
    }
}

#[cfg(feature = "coupons")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateCoupon {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut amount_off_slot: Option<i64> = None;
        let mut currency_slot: Option<String> = None;
        let mut duration_slot: Option<crate::types::CouponDuration> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut name_slot: Option<String> = None;
        let mut percent_off_slot: Option<f64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut amount_off_slot,
                &mut currency_slot,
                &mut duration_slot,
                &mut metadata_slot,
                &mut name_slot,
                &mut percent_off_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            amount_off: amount_off_slot,
            currency: currency_slot,
            duration: duration_slot,
            metadata: metadata_slot,
            name: name_slot,
            percent_off: percent_off_slot,
        })
    }
}

/// The request body of `POST /v1/customers`.
#[cfg(feature = "customers")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateCustomer {
    /// Address of the customer.
    pub address: Option<crate::types::Address>,
    /// Free text about the customer, for the merchant.
    pub description: Option<String>,
    /// Email address of the customer (the guides recommend one).
    pub email: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Full name or business name of the customer.
    pub name: Option<String>,
    /// Phone number of the customer.
    pub phone: Option<String>,
    /// Where the customer's goods are shipped to.
    pub shipping: Option<crate::types::CustomerShipping>,
    /// ID of a payment method for the customer (listed on the Retrieve a customer page; what it does is not shown).
    pub payment_method: Option<String>,
}

#[cfg(feature = "customers")]
impl serde::Serialize for CreateCustomer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateCustomer",
            &[
                "address",
                "description",
                "email",
                "metadata",
                "name",
                "phone",
                "shipping",
                "payment_method",
            ],
            &[true, true, true, true, true, true, true, true],
            &[],
            &[
                &self.address,
                &self.description,
                &self.email,
                &self.metadata,
                &self.name,
                &self.phone,
                &self.shipping,
                &self.payment_method,
            ],
        )
    }
}

#[cfg(feature = "customers")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateCustomer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateCustomer",
            &[
                "address",
                "description",
                "email",
                "metadata",
                "name",
                "phone",
                "shipping",
                "payment_method",
            ],
        )
    }
}

#[cfg(feature = "customers")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateCustomer {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut address_slot: Option<crate::types::Address> = None;
        let mut description_slot: Option<String> = None;
        let mut email_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut name_slot: Option<String> = None;
        let mut phone_slot: Option<String> = None;
        let mut shipping_slot: Option<crate::types::CustomerShipping> = None;
        let mut payment_method_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut address_slot,
                &mut description_slot,
                &mut email_slot,
                &mut metadata_slot,
                &mut name_slot,
                &mut phone_slot,
                &mut shipping_slot,
                &mut payment_method_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            address: address_slot,
            description: description_slot,
            email: email_slot,
            metadata: metadata_slot,
            name: name_slot,
            phone: phone_slot,
            shipping: shipping_slot,
            payment_method: payment_method_slot,
        })
    }
}

/// The request body of `POST /v1/payment_intents`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreatePaymentIntent {
    /// Confirm the payment in the same call (default `false`); the confirm parameters may then be sent too.
    pub confirm: Option<bool>,
    /// A payment method to create and attach to this payment.
    pub payment_method_data: Option<crate::types::PaymentMethodData>,
    /// Amount to collect, in the smallest currency unit (100 = $1.00; 100 = ¥100).
    pub amount: i64,
    /// Three-letter ISO currency code.
    pub currency: String,
    /// Free text shown with the payment.
    pub description: Option<String>,
    /// Number of items paid for.
    pub quantity: Option<i64>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The merchant's own ID of the paying user.
    pub merchant_user_id: Option<String>,
    /// The merchant's own order ID.
    pub merchant_order_id: Option<String>,
    /// Shipping details of the order.
    pub shipping: Option<crate::types::PaymentIntentShipping>,
    /// With `confirm: true`: where the customer returns after authenticating with the payment method.
    pub return_url: Option<String>,
    /// With `confirm: true`: the customer is not present to authenticate. Sent as `off-session`, with the hyphen the create page prints (the Rust field is `off_session`); the confirm operation's own field is `off_session` (underscore). To send the underscore spelling on a create, use `.extra("off_session", ..)`.
    pub off_session: Option<bool>,
    /// ID of the customer the payment belongs to.
    pub customer: Option<String>,
    /// Payment method types allowed for this payment.
    pub payment_method_types: Option<Vec<String>>,
    /// `manual` to authorize now and capture later; `automatic` otherwise.
    pub capture_method: Option<crate::types::CaptureMethod>,
    /// Payment Method Options
    ///
    /// Per-method options.
    pub payment_method_options: Option<crate::types::PaymentMethodOptions>,
    /// Save the payment method for later payments (`on_session` in the guide).
    pub setup_future_usage: Option<String>,
}

#[cfg(feature = "payment_intents")]
impl CreatePaymentIntent {
    /// A `CreatePaymentIntent` with its required fields (`amount`, `currency`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(amount: i64, currency: impl Into<String>) -> Self {
        Self {
            confirm: None,
            payment_method_data: None,
            amount,
            currency: currency.into(),
            description: None,
            quantity: None,
            metadata: None,
            merchant_user_id: None,
            merchant_order_id: None,
            shipping: None,
            return_url: None,
            off_session: None,
            customer: None,
            payment_method_types: None,
            capture_method: None,
            payment_method_options: None,
            setup_future_usage: None,
        }
    }
}

#[cfg(feature = "payment_intents")]
impl serde::Serialize for CreatePaymentIntent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreatePaymentIntent",
            &[
                "confirm",
                "payment_method_data",
                "amount",
                "currency",
                "description",
                "quantity",
                "metadata",
                "merchant_user_id",
                "merchant_order_id",
                "shipping",
                "return_url",
                "off-session",
                "customer",
                "payment_method_types",
                "capture_method",
                "payment_method_options",
                "setup_future_usage",
            ],
            &[
                true, true, false, false, true, true, true, true, true, true, true, true,
                true, true, true, true, true,
            ],
            &[&self.amount, &self.currency],
            &[
                &self.confirm,
                &self.payment_method_data,
                &self.description,
                &self.quantity,
                &self.metadata,
                &self.merchant_user_id,
                &self.merchant_order_id,
                &self.shipping,
                &self.return_url,
                &self.off_session,
                &self.customer,
                &self.payment_method_types,
                &self.capture_method,
                &self.payment_method_options,
                &self.setup_future_usage,
            ],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreatePaymentIntent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreatePaymentIntent",
            &[
                "amount",
                "currency",
                "confirm",
                "payment_method_data",
                "description",
                "quantity",
                "metadata",
                "merchant_user_id",
                "merchant_order_id",
                "shipping",
                "return_url",
                "off-session",
                "customer",
                "payment_method_types",
                "capture_method",
                "payment_method_options",
                "setup_future_usage",
            ],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreatePaymentIntent {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut confirm_slot: Option<bool> = None;
        let mut payment_method_data_slot: Option<crate::types::PaymentMethodData> = None;
        let mut amount_slot: Option<i64> = None;
        let mut currency_slot: Option<String> = None;
        let mut description_slot: Option<String> = None;
        let mut quantity_slot: Option<i64> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut merchant_user_id_slot: Option<String> = None;
        let mut merchant_order_id_slot: Option<String> = None;
        let mut shipping_slot: Option<crate::types::PaymentIntentShipping> = None;
        let mut return_url_slot: Option<String> = None;
        let mut off_session_slot: Option<bool> = None;
        let mut customer_slot: Option<String> = None;
        let mut payment_method_types_slot: Option<Vec<String>> = None;
        let mut capture_method_slot: Option<crate::types::CaptureMethod> = None;
        let mut payment_method_options_slot: Option<
            crate::types::PaymentMethodOptions,
        > = None;
        let mut setup_future_usage_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut amount_slot, &mut currency_slot],
            &mut [
                &mut confirm_slot,
                &mut payment_method_data_slot,
                &mut description_slot,
                &mut quantity_slot,
                &mut metadata_slot,
                &mut merchant_user_id_slot,
                &mut merchant_order_id_slot,
                &mut shipping_slot,
                &mut return_url_slot,
                &mut off_session_slot,
                &mut customer_slot,
                &mut payment_method_types_slot,
                &mut capture_method_slot,
                &mut payment_method_options_slot,
                &mut setup_future_usage_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(amount_slot) = amount_slot else {
            return crate::object::missing("amount");
        };
        let Some(currency_slot) = currency_slot else {
            return crate::object::missing("currency");
        };
        Ok(Self {
            confirm: confirm_slot,
            payment_method_data: payment_method_data_slot,
            amount: amount_slot,
            currency: currency_slot,
            description: description_slot,
            quantity: quantity_slot,
            metadata: metadata_slot,
            merchant_user_id: merchant_user_id_slot,
            merchant_order_id: merchant_order_id_slot,
            shipping: shipping_slot,
            return_url: return_url_slot,
            off_session: off_session_slot,
            customer: customer_slot,
            payment_method_types: payment_method_types_slot,
            capture_method: capture_method_slot,
            payment_method_options: payment_method_options_slot,
            setup_future_usage: setup_future_usage_slot,
        })
    }
}

/// The request body of `POST /v1/payment_methods`.
#[cfg(feature = "payment_methods")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreatePaymentMethod {
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Billing details of the payer; some payment method types need them.
    pub billing_details: Option<crate::types::BillingDetails>,
    /// Kind of payment method to create.
    pub r#type: crate::types::PaymentMethodDataType,
    /// The card, for `type: card`: the number, expiry, security code and holder to create it from.
    pub card: Option<crate::types::CreatePaymentMethodCard>,
}

#[cfg(feature = "payment_methods")]
impl CreatePaymentMethod {
    /// A `CreatePaymentMethod` with its required fields (`type`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(r#type: crate::types::PaymentMethodDataType) -> Self {
        Self {
            metadata: None,
            billing_details: None,
            r#type,
            card: None,
        }
    }
}

#[cfg(feature = "payment_methods")]
impl serde::Serialize for CreatePaymentMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreatePaymentMethod",
            &["metadata", "billing_details", "type", "card"],
            &[true, true, false, true],
            &[&self.r#type],
            &[&self.metadata, &self.billing_details, &self.card],
        )
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreatePaymentMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreatePaymentMethod",
            &["type", "metadata", "billing_details", "card"],
        )
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreatePaymentMethod {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut billing_details_slot: Option<crate::types::BillingDetails> = None;
        let mut type_slot: Option<crate::types::PaymentMethodDataType> = None;
        let mut card_slot: Option<crate::types::CreatePaymentMethodCard> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut type_slot],
            &mut [&mut metadata_slot, &mut billing_details_slot, &mut card_slot],
        ) {
            return Err(error);
        }
        let Some(type_slot) = type_slot else {
            return crate::object::missing("type");
        };
        Ok(Self {
            metadata: metadata_slot,
            billing_details: billing_details_slot,
            r#type: type_slot,
            card: card_slot,
        })
    }
}

/// The card, for `type: card`: the number, expiry, security code and holder to create it from.
#[cfg(feature = "payment_methods")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreatePaymentMethodCard {
    /// Card number (from integration code; not on the page).
    pub number: Option<String>,
    /// Expiry month, 1 to 12.
    pub exp_month: Option<i64>,
    /// Expiry year, four digits.
    pub exp_year: Option<i64>,
    /// Card security code (from integration code; not on the page).
    pub cvc: Option<String>,
    /// Cardholder name (from integration code, which says WooshPay requires it; not on the page).
    pub name: Option<String>,
    /// Card network, as the page lists it in the body.
    pub brand: Option<String>,
    /// Check results, as the page lists them in the body.
    pub checks: Option<crate::types::PaymentMethodCardChecks>,
    /// Two-letter ISO country code of the card's issuer.
    pub country: Option<String>,
    /// Card fingerprint, as the page lists it in the body.
    pub fingerprint: Option<String>,
    /// How the card is funded, as the page lists it in the body.
    pub funding: Option<crate::types::PaymentMethodCardFunding>,
    /// Last four digits, as the page lists them in the body.
    pub last4: Option<String>,
    /// Key-value pairs, as the page lists them in the card.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[cfg(feature = "payment_methods")]
impl serde::Serialize for CreatePaymentMethodCard {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreatePaymentMethodCard",
            &[
                "number",
                "exp_month",
                "exp_year",
                "cvc",
                "name",
                "brand",
                "checks",
                "country",
                "fingerprint",
                "funding",
                "last4",
                "metadata",
            ],
            &[true, true, true, true, true, true, true, true, true, true, true, true],
            &[],
            &[
                &self.number,
                &self.exp_month,
                &self.exp_year,
                &self.cvc,
                &self.name,
                &self.brand,
                &self.checks,
                &self.country,
                &self.fingerprint,
                &self.funding,
                &self.last4,
                &self.metadata,
            ],
        )
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreatePaymentMethodCard {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreatePaymentMethodCard",
            &[
                "number",
                "exp_month",
                "exp_year",
                "cvc",
                "name",
                "brand",
                "checks",
                "country",
                "fingerprint",
                "funding",
                "last4",
                "metadata",
            ],
        )
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreatePaymentMethodCard {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut number_slot: Option<String> = None;
        let mut exp_month_slot: Option<i64> = None;
        let mut exp_year_slot: Option<i64> = None;
        let mut cvc_slot: Option<String> = None;
        let mut name_slot: Option<String> = None;
        let mut brand_slot: Option<String> = None;
        let mut checks_slot: Option<crate::types::PaymentMethodCardChecks> = None;
        let mut country_slot: Option<String> = None;
        let mut fingerprint_slot: Option<String> = None;
        let mut funding_slot: Option<crate::types::PaymentMethodCardFunding> = None;
        let mut last4_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut number_slot,
                &mut exp_month_slot,
                &mut exp_year_slot,
                &mut cvc_slot,
                &mut name_slot,
                &mut brand_slot,
                &mut checks_slot,
                &mut country_slot,
                &mut fingerprint_slot,
                &mut funding_slot,
                &mut last4_slot,
                &mut metadata_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            number: number_slot,
            exp_month: exp_month_slot,
            exp_year: exp_year_slot,
            cvc: cvc_slot,
            name: name_slot,
            brand: brand_slot,
            checks: checks_slot,
            country: country_slot,
            fingerprint: fingerprint_slot,
            funding: funding_slot,
            last4: last4_slot,
            metadata: metadata_slot,
        })
    }
}

/// The request body of `POST /v1/payouts`.
#[cfg(feature = "payouts")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreatePayout {
    /// Currency the beneficiary receives (three letters).
    pub payment_currency: Option<String>,
    /// Amount the beneficiary receives, in the smallest currency unit; give this or `source_amount`.
    pub payment_amount: Option<i64>,
    /// Currency the payout is funded in (three letters).
    pub source_currency: Option<String>,
    /// Amount taken from the balance, in the smallest unit of `source_currency`; give this or `payment_amount`.
    pub source_amount: Option<i64>,
    /// Free text about the payout.
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Kind of payout.
    pub r#type: Option<crate::types::PayoutType>,
    /// ID of a saved beneficiary to pay; give this or `beneficiary_data`.
    pub beneficiary: Option<String>,
    /// A new beneficiary to pay (saved with the payout); give this or `beneficiary`.
    pub beneficiary_data: Option<crate::types::BeneficiaryData>,
    /// IDs of PaymentIntents to attach to the payout.
    pub payment_intents: Option<Vec<String>>,
    /// Your own reference of the payout (sent by an integration).
    pub merchant_payout_id: Option<String>,
}

#[cfg(feature = "payouts")]
impl serde::Serialize for CreatePayout {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreatePayout",
            &[
                "payment_currency",
                "payment_amount",
                "source_currency",
                "source_amount",
                "description",
                "metadata",
                "type",
                "beneficiary",
                "beneficiary_data",
                "payment_intents",
                "merchant_payout_id",
            ],
            &[true, true, true, true, true, true, true, true, true, true, true],
            &[],
            &[
                &self.payment_currency,
                &self.payment_amount,
                &self.source_currency,
                &self.source_amount,
                &self.description,
                &self.metadata,
                &self.r#type,
                &self.beneficiary,
                &self.beneficiary_data,
                &self.payment_intents,
                &self.merchant_payout_id,
            ],
        )
    }
}

#[cfg(feature = "payouts")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreatePayout {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreatePayout",
            &[
                "payment_currency",
                "payment_amount",
                "source_currency",
                "source_amount",
                "description",
                "metadata",
                "type",
                "beneficiary",
                "beneficiary_data",
                "payment_intents",
                "merchant_payout_id",
            ],
        )
    }
}

#[cfg(feature = "payouts")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreatePayout {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut payment_currency_slot: Option<String> = None;
        let mut payment_amount_slot: Option<i64> = None;
        let mut source_currency_slot: Option<String> = None;
        let mut source_amount_slot: Option<i64> = None;
        let mut description_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut type_slot: Option<crate::types::PayoutType> = None;
        let mut beneficiary_slot: Option<String> = None;
        let mut beneficiary_data_slot: Option<crate::types::BeneficiaryData> = None;
        let mut payment_intents_slot: Option<Vec<String>> = None;
        let mut merchant_payout_id_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut payment_currency_slot,
                &mut payment_amount_slot,
                &mut source_currency_slot,
                &mut source_amount_slot,
                &mut description_slot,
                &mut metadata_slot,
                &mut type_slot,
                &mut beneficiary_slot,
                &mut beneficiary_data_slot,
                &mut payment_intents_slot,
                &mut merchant_payout_id_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            payment_currency: payment_currency_slot,
            payment_amount: payment_amount_slot,
            source_currency: source_currency_slot,
            source_amount: source_amount_slot,
            description: description_slot,
            metadata: metadata_slot,
            r#type: type_slot,
            beneficiary: beneficiary_slot,
            beneficiary_data: beneficiary_data_slot,
            payment_intents: payment_intents_slot,
            merchant_payout_id: merchant_payout_id_slot,
        })
    }
}

/// The request body of `POST /v1/prices`.
#[cfg(feature = "prices")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreatePrice {
    /// Three-letter ISO currency code.
    pub currency: Option<String>,
    /// ID of the product the price is for.
    pub product: Option<String>,
    /// Price of one unit in the smallest currency unit, a positive integer (0 for a free price).
    ///
    /// The API documents it both as a number and as a string of digits: sent as a number, read from either.
    pub unit_amount: Option<i64>,
    /// Whether the price can be used in new purchases (default true); typed string on the page.
    pub active: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Internal name of the price, not shown to customers.
    pub nickname: Option<String>,
    /// A product to create for this price, instead of `product`.
    pub product_data: Option<crate::types::ProductData>,
    /// `per_unit` (unit amount times quantity) or `tiered`.
    pub billing_scheme: Option<crate::types::BillingScheme>,
    /// A key of up to 200 characters to find the price by.
    pub lookup_key: Option<String>,
    /// The billing period, for a recurring price.
    pub recurring: Option<crate::types::PriceRecurring>,
}

#[cfg(feature = "prices")]
impl serde::Serialize for CreatePrice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreatePrice",
            &[
                "currency",
                "product",
                "unit_amount",
                "active",
                "metadata",
                "nickname",
                "product_data",
                "billing_scheme",
                "lookup_key",
                "recurring",
            ],
            &[true, true, true, true, true, true, true, true, true, true],
            &[],
            &[
                &self.currency,
                &self.product,
                &self.unit_amount,
                &self.active,
                &self.metadata,
                &self.nickname,
                &self.product_data,
                &self.billing_scheme,
                &self.lookup_key,
                &self.recurring,
            ],
        )
    }
}

#[cfg(feature = "prices")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreatePrice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreatePrice",
            &[
                "currency",
                "product",
                "unit_amount",
                "active",
                "metadata",
                "nickname",
                "product_data",
                "billing_scheme",
                "lookup_key",
                "recurring",
            ],
        )
    }
}

#[cfg(feature = "prices")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreatePrice {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut currency_slot: Option<String> = None;
        let mut product_slot: Option<String> = None;
        let mut unit_amount_slot: Option<crate::object::AnyInteger> = None;
        let mut active_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut nickname_slot: Option<String> = None;
        let mut product_data_slot: Option<crate::types::ProductData> = None;
        let mut billing_scheme_slot: Option<crate::types::BillingScheme> = None;
        let mut lookup_key_slot: Option<String> = None;
        let mut recurring_slot: Option<crate::types::PriceRecurring> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut currency_slot,
                &mut product_slot,
                &mut unit_amount_slot,
                &mut active_slot,
                &mut metadata_slot,
                &mut nickname_slot,
                &mut product_data_slot,
                &mut billing_scheme_slot,
                &mut lookup_key_slot,
                &mut recurring_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            currency: currency_slot,
            product: product_slot,
            unit_amount: unit_amount_slot.map(|v| v.0),
            active: active_slot,
            metadata: metadata_slot,
            nickname: nickname_slot,
            product_data: product_data_slot,
            billing_scheme: billing_scheme_slot,
            lookup_key: lookup_key_slot,
            recurring: recurring_slot,
        })
    }
}

/// The request body of `POST /v1/products`.
#[cfg(feature = "products")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateProduct {
    /// Name of the product, shown to the customer.
    pub name: String,
    /// Whether the product can be sold (default true).
    pub active: Option<bool>,
    /// Longer text about the product, shown to the customer.
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Public web page of the product.
    pub url: Option<String>,
    /// URLs of pictures of the product (up to 8).
    pub images: Option<Vec<String>>,
}

#[cfg(feature = "products")]
impl CreateProduct {
    /// A `CreateProduct` with its required fields (`name`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            active: None,
            description: None,
            metadata: None,
            url: None,
            images: None,
        }
    }
}

#[cfg(feature = "products")]
impl serde::Serialize for CreateProduct {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateProduct",
            &["name", "active", "description", "metadata", "url", "images"],
            &[false, true, true, true, true, true],
            &[&self.name],
            &[&self.active, &self.description, &self.metadata, &self.url, &self.images],
        )
    }
}

#[cfg(feature = "products")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateProduct {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateProduct",
            &["name", "active", "description", "metadata", "url", "images"],
        )
    }
}

#[cfg(feature = "products")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateProduct {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name_slot: Option<String> = None;
        let mut active_slot: Option<bool> = None;
        let mut description_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut url_slot: Option<String> = None;
        let mut images_slot: Option<Vec<String>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut name_slot],
            &mut [
                &mut active_slot,
                &mut description_slot,
                &mut metadata_slot,
                &mut url_slot,
                &mut images_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(name_slot) = name_slot else {
            return crate::object::missing("name");
        };
        Ok(Self {
            name: name_slot,
            active: active_slot,
            description: description_slot,
            metadata: metadata_slot,
            url: url_slot,
            images: images_slot,
        })
    }
}

/// The request body of `POST /v1/promotion_code`.
#[cfg(feature = "promotion_codes")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreatePromotionCode {
    /// ID of the coupon the code grants.
    pub coupon: Option<String>,
    /// What the customer types, unique among the active codes (case does not matter); generated when left out.
    pub code: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Whether the code can be redeemed.
    pub active: Option<bool>,
    /// ID of the only customer who may use the code.
    pub customer: Option<String>,
    /// When the code stops working (typed string on the page).
    pub expires_at: Option<String>,
    /// How many times the code can be redeemed in all.
    pub max_redemptions: Option<i64>,
    /// Conditions on who can use the code and for what.
    pub restrictions: Option<crate::types::PromotionCodeRestrictions>,
}

#[cfg(feature = "promotion_codes")]
impl serde::Serialize for CreatePromotionCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreatePromotionCode",
            &[
                "coupon",
                "code",
                "metadata",
                "active",
                "customer",
                "expires_at",
                "max_redemptions",
                "restrictions",
            ],
            &[true, true, true, true, true, true, true, true],
            &[],
            &[
                &self.coupon,
                &self.code,
                &self.metadata,
                &self.active,
                &self.customer,
                &self.expires_at,
                &self.max_redemptions,
                &self.restrictions,
            ],
        )
    }
}

#[cfg(feature = "promotion_codes")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreatePromotionCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreatePromotionCode",
            &[
                "coupon",
                "code",
                "metadata",
                "active",
                "customer",
                "expires_at",
                "max_redemptions",
                "restrictions",
            ],
        )
    }
}

#[cfg(feature = "promotion_codes")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreatePromotionCode {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut coupon_slot: Option<String> = None;
        let mut code_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut active_slot: Option<bool> = None;
        let mut customer_slot: Option<String> = None;
        let mut expires_at_slot: Option<String> = None;
        let mut max_redemptions_slot: Option<i64> = None;
        let mut restrictions_slot: Option<crate::types::PromotionCodeRestrictions> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut coupon_slot,
                &mut code_slot,
                &mut metadata_slot,
                &mut active_slot,
                &mut customer_slot,
                &mut expires_at_slot,
                &mut max_redemptions_slot,
                &mut restrictions_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            coupon: coupon_slot,
            code: code_slot,
            metadata: metadata_slot,
            active: active_slot,
            customer: customer_slot,
            expires_at: expires_at_slot,
            max_redemptions: max_redemptions_slot,
            restrictions: restrictions_slot,
        })
    }
}

/// The request body of `POST /v1/refunds`.
#[cfg(feature = "refunds")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateRefund {
    /// How much to refund, in the smallest currency unit, sent as a string of digits (`"500"`), as the page types it (default: all that is left).
    ///
    /// Sent as a JSON string of digits (`"500"`), as the API documents it; read from a string or a number.
    pub amount: Option<i64>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// ID of the PaymentIntent to refund.
    pub payment_intent: Option<String>,
    /// Why the payment is refunded.
    pub reason: Option<crate::types::CreateRefundReason>,
}

#[cfg(feature = "refunds")]
impl serde::Serialize for CreateRefund {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateRefund",
            &["amount", "metadata", "payment_intent", "reason"],
            &[true, true, true, true],
            &[],
            &[
                &self.amount.map(crate::object::IntegerText),
                &self.metadata,
                &self.payment_intent,
                &self.reason,
            ],
        )
    }
}

#[cfg(feature = "refunds")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateRefund {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateRefund",
            &["amount", "metadata", "payment_intent", "reason"],
        )
    }
}

#[cfg(feature = "refunds")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateRefund {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut amount_slot: Option<crate::object::AnyInteger> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut payment_intent_slot: Option<String> = None;
        let mut reason_slot: Option<crate::types::CreateRefundReason> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut amount_slot,
                &mut metadata_slot,
                &mut payment_intent_slot,
                &mut reason_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            amount: amount_slot.map(|v| v.0),
            metadata: metadata_slot,
            payment_intent: payment_intent_slot,
            reason: reason_slot,
        })
    }
}

/// Why the payment is refunded.
#[cfg(feature = "refunds")]
#[derive(Clone)]
pub enum CreateRefundReason {
    /// `duplicate`
    Duplicate,
    /// `fraudulent`
    Fraudulent,
    /// `requested_by_customer`
    RequestedByCustomer,
    /// `resolved_dispute`
    ResolvedDispute,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "refunds")]
impl CreateRefundReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Duplicate => "duplicate",
            Self::Fraudulent => "fraudulent",
            Self::RequestedByCustomer => "requested_by_customer",
            Self::ResolvedDispute => "resolved_dispute",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "refunds")]
impl From<&str> for CreateRefundReason {
    fn from(value: &str) -> Self {
        match value {
            "duplicate" => Self::Duplicate,
            "fraudulent" => Self::Fraudulent,
            "requested_by_customer" => Self::RequestedByCustomer,
            "resolved_dispute" => Self::ResolvedDispute,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "refunds")]
string_enum_impls!(CreateRefundReason);

/// The request body of `POST /v1/checkout/sessions`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateSession {
    /// Where the customer goes when leaving the payment page.
    pub cancel_url: String,
    /// Where the customer goes after paying; not a proof of payment (check the PaymentIntent or the webhook).
    pub success_url: String,
    /// `payment`, or `setup` to save a payment method without paying.
    pub mode: Option<crate::types::CheckoutSessionMode>,
    /// Payment method types to offer (`card`, `alipay`, `unionpay`, ...); the account's enabled ones when absent.
    pub payment_method_types: Option<Vec<String>>,
    /// What is being paid for.
    pub line_items: Option<Vec<crate::types::CreateSessionLineItemsItem>>,
    /// ID of an existing customer; in `setup` mode the payment method is saved to it.
    pub customer: Option<String>,
    /// Email address to fill the payment page with.
    pub customer_email: Option<String>,
    /// The merchant's own reference, returned on the session.
    pub client_reference_id: Option<String>,
    /// When the session expires (24 hours after creation by default), in milliseconds since the Unix epoch, as the session's `expires_at` is in the guides' examples (one integration's comment says seconds; the page wins).
    pub expires_at: Option<i64>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Data for the PaymentIntent the session creates (from integration code, which sends these three fields; not on the pages).
    pub payment_intent_data: Option<crate::types::CreateSessionPaymentIntentData>,
    /// Whether the payment page asks for a billing address (sent by integration code; the values are those the session's field lists).
    pub billing_address_collection: Option<
        crate::types::CheckoutSessionBillingAddressCollection,
    >,
    /// Ask the customer for a shipping address (sent by integration code; the shape is the one the Payment Link page shows for its field of this name).
    pub shipping_address_collection: Option<
        crate::types::PaymentLinkShippingAddressCollection,
    >,
}

#[cfg(feature = "checkout_sessions")]
impl CreateSession {
    /// A `CreateSession` with its required fields (`cancel_url`, `success_url`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(cancel_url: impl Into<String>, success_url: impl Into<String>) -> Self {
        Self {
            cancel_url: cancel_url.into(),
            success_url: success_url.into(),
            mode: None,
            payment_method_types: None,
            line_items: None,
            customer: None,
            customer_email: None,
            client_reference_id: None,
            expires_at: None,
            metadata: None,
            payment_intent_data: None,
            billing_address_collection: None,
            shipping_address_collection: None,
        }
    }
}

#[cfg(feature = "checkout_sessions")]
impl serde::Serialize for CreateSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateSession",
            &[
                "cancel_url",
                "success_url",
                "mode",
                "payment_method_types",
                "line_items",
                "customer",
                "customer_email",
                "client_reference_id",
                "expires_at",
                "metadata",
                "payment_intent_data",
                "billing_address_collection",
                "shipping_address_collection",
            ],
            &[
                false, false, true, true, true, true, true, true, true, true, true, true,
                true,
            ],
            &[&self.cancel_url, &self.success_url],
            &[
                &self.mode,
                &self.payment_method_types,
                &self.line_items,
                &self.customer,
                &self.customer_email,
                &self.client_reference_id,
                &self.expires_at,
                &self.metadata,
                &self.payment_intent_data,
                &self.billing_address_collection,
                &self.shipping_address_collection,
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateSession",
            &[
                "cancel_url",
                "success_url",
                "mode",
                "payment_method_types",
                "line_items",
                "customer",
                "customer_email",
                "client_reference_id",
                "expires_at",
                "metadata",
                "payment_intent_data",
                "billing_address_collection",
                "shipping_address_collection",
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateSession {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut cancel_url_slot: Option<String> = None;
        let mut success_url_slot: Option<String> = None;
        let mut mode_slot: Option<crate::types::CheckoutSessionMode> = None;
        let mut payment_method_types_slot: Option<Vec<String>> = None;
        let mut line_items_slot: Option<Vec<crate::types::CreateSessionLineItemsItem>> = None;
        let mut customer_slot: Option<String> = None;
        let mut customer_email_slot: Option<String> = None;
        let mut client_reference_id_slot: Option<String> = None;
        let mut expires_at_slot: Option<i64> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut payment_intent_data_slot: Option<
            crate::types::CreateSessionPaymentIntentData,
        > = None;
        let mut billing_address_collection_slot: Option<
            crate::types::CheckoutSessionBillingAddressCollection,
        > = None;
        let mut shipping_address_collection_slot: Option<
            crate::types::PaymentLinkShippingAddressCollection,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut cancel_url_slot, &mut success_url_slot],
            &mut [
                &mut mode_slot,
                &mut payment_method_types_slot,
                &mut line_items_slot,
                &mut customer_slot,
                &mut customer_email_slot,
                &mut client_reference_id_slot,
                &mut expires_at_slot,
                &mut metadata_slot,
                &mut payment_intent_data_slot,
                &mut billing_address_collection_slot,
                &mut shipping_address_collection_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(cancel_url_slot) = cancel_url_slot else {
            return crate::object::missing("cancel_url");
        };
        let Some(success_url_slot) = success_url_slot else {
            return crate::object::missing("success_url");
        };
        Ok(Self {
            cancel_url: cancel_url_slot,
            success_url: success_url_slot,
            mode: mode_slot,
            payment_method_types: payment_method_types_slot,
            line_items: line_items_slot,
            customer: customer_slot,
            customer_email: customer_email_slot,
            client_reference_id: client_reference_id_slot,
            expires_at: expires_at_slot,
            metadata: metadata_slot,
            payment_intent_data: payment_intent_data_slot,
            billing_address_collection: billing_address_collection_slot,
            shipping_address_collection: shipping_address_collection_slot,
        })
    }
}

/// Part of the request body of `POST /v1/checkout/sessions`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateSessionLineItemsItem {
    /// A price created for this line.
    pub price_data: Option<crate::types::CreateSessionLineItemsItemPriceData>,
    /// Number of units.
    pub quantity: Option<i64>,
}

#[cfg(feature = "checkout_sessions")]
impl serde::Serialize for CreateSessionLineItemsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateSessionLineItemsItem",
            &["price_data", "quantity"],
            &[true, true],
            &[],
            &[&self.price_data, &self.quantity],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateSessionLineItemsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateSessionLineItemsItem",
            &["price_data", "quantity"],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateSessionLineItemsItem {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut price_data_slot: Option<
            crate::types::CreateSessionLineItemsItemPriceData,
        > = None;
        let mut quantity_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut price_data_slot, &mut quantity_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            price_data: price_data_slot,
            quantity: quantity_slot,
        })
    }
}

/// A price created for this line.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateSessionLineItemsItemPriceData {
    /// Three-letter ISO currency code.
    pub currency: Option<String>,
    /// Price of one unit, in the smallest currency unit.
    pub unit_amount: Option<i64>,
    /// ID of an existing product (null in an example).
    pub product: Option<String>,
    /// A product created for this line.
    pub product_data: Option<
        crate::types::CreateSessionLineItemsItemPriceDataProductData,
    >,
    /// Whether the price can be used.
    pub active: Option<bool>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Internal name of the price.
    pub nickname: Option<String>,
    /// How the price is computed.
    pub billing_scheme: Option<String>,
    /// Key to find the price by.
    pub lookup_key: Option<String>,
}

#[cfg(feature = "checkout_sessions")]
impl serde::Serialize for CreateSessionLineItemsItemPriceData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateSessionLineItemsItemPriceData",
            &[
                "currency",
                "unit_amount",
                "product",
                "product_data",
                "active",
                "metadata",
                "nickname",
                "billing_scheme",
                "lookup_key",
            ],
            &[true, true, true, true, true, true, true, true, true],
            &[],
            &[
                &self.currency,
                &self.unit_amount,
                &self.product,
                &self.product_data,
                &self.active,
                &self.metadata,
                &self.nickname,
                &self.billing_scheme,
                &self.lookup_key,
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateSessionLineItemsItemPriceData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateSessionLineItemsItemPriceData",
            &[
                "currency",
                "unit_amount",
                "product",
                "product_data",
                "active",
                "metadata",
                "nickname",
                "billing_scheme",
                "lookup_key",
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateSessionLineItemsItemPriceData {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut currency_slot: Option<String> = None;
        let mut unit_amount_slot: Option<i64> = None;
        let mut product_slot: Option<String> = None;
        let mut product_data_slot: Option<
            crate::types::CreateSessionLineItemsItemPriceDataProductData,
        > = None;
        let mut active_slot: Option<bool> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut nickname_slot: Option<String> = None;
        let mut billing_scheme_slot: Option<String> = None;
        let mut lookup_key_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut currency_slot,
                &mut unit_amount_slot,
                &mut product_slot,
                &mut product_data_slot,
                &mut active_slot,
                &mut metadata_slot,
                &mut nickname_slot,
                &mut billing_scheme_slot,
                &mut lookup_key_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            currency: currency_slot,
            unit_amount: unit_amount_slot,
            product: product_slot,
            product_data: product_data_slot,
            active: active_slot,
            metadata: metadata_slot,
            nickname: nickname_slot,
            billing_scheme: billing_scheme_slot,
            lookup_key: lookup_key_slot,
        })
    }
}

/// A product created for this line.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateSessionLineItemsItemPriceDataProductData {
    /// Name of the product.
    pub name: String,
    /// Whether the product can be sold.
    pub active: Option<bool>,
    /// Description of the product.
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Public page of the product.
    pub url: Option<String>,
}

#[cfg(feature = "checkout_sessions")]
impl CreateSessionLineItemsItemPriceDataProductData {
    /// A `CreateSessionLineItemsItemPriceDataProductData` with its required fields (`name`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            active: None,
            description: None,
            metadata: None,
            url: None,
        }
    }
}

#[cfg(feature = "checkout_sessions")]
impl serde::Serialize for CreateSessionLineItemsItemPriceDataProductData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateSessionLineItemsItemPriceDataProductData",
            &["name", "active", "description", "metadata", "url"],
            &[false, true, true, true, true],
            &[&self.name],
            &[&self.active, &self.description, &self.metadata, &self.url],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateSessionLineItemsItemPriceDataProductData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateSessionLineItemsItemPriceDataProductData",
            &["name", "active", "description", "metadata", "url"],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de>
for CreateSessionLineItemsItemPriceDataProductData {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name_slot: Option<String> = None;
        let mut active_slot: Option<bool> = None;
        let mut description_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut url_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut name_slot],
            &mut [
                &mut active_slot,
                &mut description_slot,
                &mut metadata_slot,
                &mut url_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(name_slot) = name_slot else {
            return crate::object::missing("name");
        };
        Ok(Self {
            name: name_slot,
            active: active_slot,
            description: description_slot,
            metadata: metadata_slot,
            url: url_slot,
        })
    }
}

/// Data for the PaymentIntent the session creates (from integration code, which sends these three fields; not on the pages).
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateSessionPaymentIntentData {
    /// Billing details to show on the payment page.
    pub billing_details: Option<crate::types::BillingDetails>,
    /// Shipping details to show on the payment page.
    pub shipping: Option<crate::types::Shipping>,
    /// Key-value pairs stored with the PaymentIntent.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[cfg(feature = "checkout_sessions")]
impl serde::Serialize for CreateSessionPaymentIntentData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateSessionPaymentIntentData",
            &["billing_details", "shipping", "metadata"],
            &[true, true, true],
            &[],
            &[&self.billing_details, &self.shipping, &self.metadata],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateSessionPaymentIntentData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateSessionPaymentIntentData",
            &["billing_details", "shipping", "metadata"],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateSessionPaymentIntentData {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut billing_details_slot: Option<crate::types::BillingDetails> = None;
        let mut shipping_slot: Option<crate::types::Shipping> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut billing_details_slot, &mut shipping_slot, &mut metadata_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            billing_details: billing_details_slot,
            shipping: shipping_slot,
            metadata: metadata_slot,
        })
    }
}

/// The request body of `POST /v1/setup_intents`.
#[cfg(feature = "setup_intents")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateSetupIntent {
    /// Confirm the SetupIntent in the same call (default `false`); a card may then need a `return_url` for authentication.
    pub confirm: Option<bool>,
    /// ID of the customer the payment method is saved to once the setup succeeds (a payment method of another customer cannot be used).
    pub customer: Option<String>,
    /// Free text about the setup.
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// ID of the payment method to set up.
    pub payment_method: Option<String>,
    /// Payment method types this SetupIntent may set up (`card`).
    pub payment_method_types: Option<Vec<String>>,
    /// Options by payment method type.
    pub payment_method_options: Option<crate::types::SetupIntentPaymentMethodOptions>,
    /// A payment method to create; it becomes this SetupIntent's payment_method.
    pub payment_method_data: Option<crate::types::PaymentMethodData>,
    /// How the saved payment method will be used: `on_session` when the customer is present, `off_session` when they may not be (the default).
    pub usage: Option<crate::types::SetupIntentUsage>,
    /// With `confirm: true`: where the customer returns after authenticating on the payment method's page or app.
    pub return_url: Option<String>,
}

#[cfg(feature = "setup_intents")]
impl serde::Serialize for CreateSetupIntent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateSetupIntent",
            &[
                "confirm",
                "customer",
                "description",
                "metadata",
                "payment_method",
                "payment_method_types",
                "payment_method_options",
                "payment_method_data",
                "usage",
                "return_url",
            ],
            &[true, true, true, true, true, true, true, true, true, true],
            &[],
            &[
                &self.confirm,
                &self.customer,
                &self.description,
                &self.metadata,
                &self.payment_method,
                &self.payment_method_types,
                &self.payment_method_options,
                &self.payment_method_data,
                &self.usage,
                &self.return_url,
            ],
        )
    }
}

#[cfg(feature = "setup_intents")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateSetupIntent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateSetupIntent",
            &[
                "confirm",
                "customer",
                "description",
                "metadata",
                "payment_method",
                "payment_method_types",
                "payment_method_options",
                "payment_method_data",
                "usage",
                "return_url",
            ],
        )
    }
}

#[cfg(feature = "setup_intents")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateSetupIntent {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut confirm_slot: Option<bool> = None;
        let mut customer_slot: Option<String> = None;
        let mut description_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut payment_method_slot: Option<String> = None;
        let mut payment_method_types_slot: Option<Vec<String>> = None;
        let mut payment_method_options_slot: Option<
            crate::types::SetupIntentPaymentMethodOptions,
        > = None;
        let mut payment_method_data_slot: Option<crate::types::PaymentMethodData> = None;
        let mut usage_slot: Option<crate::types::SetupIntentUsage> = None;
        let mut return_url_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut confirm_slot,
                &mut customer_slot,
                &mut description_slot,
                &mut metadata_slot,
                &mut payment_method_slot,
                &mut payment_method_types_slot,
                &mut payment_method_options_slot,
                &mut payment_method_data_slot,
                &mut usage_slot,
                &mut return_url_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            confirm: confirm_slot,
            customer: customer_slot,
            description: description_slot,
            metadata: metadata_slot,
            payment_method: payment_method_slot,
            payment_method_types: payment_method_types_slot,
            payment_method_options: payment_method_options_slot,
            payment_method_data: payment_method_data_slot,
            usage: usage_slot,
            return_url: return_url_slot,
        })
    }
}

/// The request body of `POST /v1/subscriptions`.
#[cfg(feature = "subscriptions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateSubscription {
    /// Three-letter ISO currency code.
    pub currency: Option<String>,
    /// ID of the customer to bill.
    pub customer: String,
    /// ID of the payment method to charge by default.
    pub default_payment_method: Option<String>,
    /// Text about the subscription.
    pub description: Option<String>,
    /// The prices to bill.
    pub items: Vec<crate::types::CreateSubscriptionItemsItem>,
    /// Data stored with the subscription; typed string on the page.
    pub metadata: Option<String>,
    /// When to cancel the subscription.
    pub cancel_at: Option<i64>,
    /// How invoices are to be paid.
    pub collection_method: Option<String>,
    /// Days a customer has to pay an invoice that is sent.
    pub days_until_due: Option<i64>,
    /// ID of the payment source to charge by default.
    pub default_source: Option<String>,
    /// When to bill the pending invoice items next.
    pub next_pending_invoice_item_invoice: Option<i64>,
    /// How the subscription's invoices are paid.
    pub payment_settings: Option<crate::types::CreateSubscriptionPaymentSettings>,
    /// ID of a test clock to run the subscription on.
    pub test_clock: Option<String>,
    /// Days of free trial before the first bill.
    pub trial_period_days: Option<i64>,
    /// A one-off item added to the first invoice.
    pub add_invoice_items: Option<crate::types::CreateSubscriptionAddInvoiceItems>,
}

#[cfg(feature = "subscriptions")]
impl CreateSubscription {
    /// A `CreateSubscription` with its required fields (`customer`, `items`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        customer: impl Into<String>,
        items: Vec<crate::types::CreateSubscriptionItemsItem>,
    ) -> Self {
        Self {
            currency: None,
            customer: customer.into(),
            default_payment_method: None,
            description: None,
            items,
            metadata: None,
            cancel_at: None,
            collection_method: None,
            days_until_due: None,
            default_source: None,
            next_pending_invoice_item_invoice: None,
            payment_settings: None,
            test_clock: None,
            trial_period_days: None,
            add_invoice_items: None,
        }
    }
}

#[cfg(feature = "subscriptions")]
impl serde::Serialize for CreateSubscription {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateSubscription",
            &[
                "currency",
                "customer",
                "default_payment_method",
                "description",
                "items",
                "metadata",
                "cancel_at",
                "collection_method",
                "days_until_due",
                "default_source",
                "next_pending_invoice_item_invoice",
                "payment_settings",
                "test_clock",
                "trial_period_days",
                "add_invoice_items",
            ],
            &[
                true, false, true, true, false, true, true, true, true, true, true, true,
                true, true, true,
            ],
            &[&self.customer, &self.items],
            &[
                &self.currency,
                &self.default_payment_method,
                &self.description,
                &self.metadata,
                &self.cancel_at,
                &self.collection_method,
                &self.days_until_due,
                &self.default_source,
                &self.next_pending_invoice_item_invoice,
                &self.payment_settings,
                &self.test_clock,
                &self.trial_period_days,
                &self.add_invoice_items,
            ],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateSubscription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateSubscription",
            &[
                "customer",
                "items",
                "currency",
                "default_payment_method",
                "description",
                "metadata",
                "cancel_at",
                "collection_method",
                "days_until_due",
                "default_source",
                "next_pending_invoice_item_invoice",
                "payment_settings",
                "test_clock",
                "trial_period_days",
                "add_invoice_items",
            ],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateSubscription {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut currency_slot: Option<String> = None;
        let mut customer_slot: Option<String> = None;
        let mut default_payment_method_slot: Option<String> = None;
        let mut description_slot: Option<String> = None;
        let mut items_slot: Option<Vec<crate::types::CreateSubscriptionItemsItem>> = None;
        let mut metadata_slot: Option<String> = None;
        let mut cancel_at_slot: Option<i64> = None;
        let mut collection_method_slot: Option<String> = None;
        let mut days_until_due_slot: Option<i64> = None;
        let mut default_source_slot: Option<String> = None;
        let mut next_pending_invoice_item_invoice_slot: Option<i64> = None;
        let mut payment_settings_slot: Option<
            crate::types::CreateSubscriptionPaymentSettings,
        > = None;
        let mut test_clock_slot: Option<String> = None;
        let mut trial_period_days_slot: Option<i64> = None;
        let mut add_invoice_items_slot: Option<
            crate::types::CreateSubscriptionAddInvoiceItems,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut customer_slot, &mut items_slot],
            &mut [
                &mut currency_slot,
                &mut default_payment_method_slot,
                &mut description_slot,
                &mut metadata_slot,
                &mut cancel_at_slot,
                &mut collection_method_slot,
                &mut days_until_due_slot,
                &mut default_source_slot,
                &mut next_pending_invoice_item_invoice_slot,
                &mut payment_settings_slot,
                &mut test_clock_slot,
                &mut trial_period_days_slot,
                &mut add_invoice_items_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(customer_slot) = customer_slot else {
            return crate::object::missing("customer");
        };
        let Some(items_slot) = items_slot else {
            return crate::object::missing("items");
        };
        Ok(Self {
            currency: currency_slot,
            customer: customer_slot,
            default_payment_method: default_payment_method_slot,
            description: description_slot,
            items: items_slot,
            metadata: metadata_slot,
            cancel_at: cancel_at_slot,
            collection_method: collection_method_slot,
            days_until_due: days_until_due_slot,
            default_source: default_source_slot,
            next_pending_invoice_item_invoice: next_pending_invoice_item_invoice_slot,
            payment_settings: payment_settings_slot,
            test_clock: test_clock_slot,
            trial_period_days: trial_period_days_slot,
            add_invoice_items: add_invoice_items_slot,
        })
    }
}

/// A one-off item added to the first invoice.
#[cfg(feature = "subscriptions")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateSubscriptionAddInvoiceItems {
    /// ID of the price of the extra item.
    pub price: Option<String>,
    /// A price to create for the extra item (fields not shown).
    pub price_data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Number of units (typed string on the page).
    ///
    /// Sent as a JSON string of digits (`"500"`), as the API documents it; read from a string or a number.
    pub quantity: Option<i64>,
}

#[cfg(feature = "subscriptions")]
impl serde::Serialize for CreateSubscriptionAddInvoiceItems {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateSubscriptionAddInvoiceItems",
            &["price", "price_data", "quantity"],
            &[true, true, true],
            &[],
            &[
                &self.price,
                &self.price_data,
                &self.quantity.map(crate::object::IntegerText),
            ],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateSubscriptionAddInvoiceItems {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateSubscriptionAddInvoiceItems",
            &["price", "price_data", "quantity"],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateSubscriptionAddInvoiceItems {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut price_slot: Option<String> = None;
        let mut price_data_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut quantity_slot: Option<crate::object::AnyInteger> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut price_slot, &mut price_data_slot, &mut quantity_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            price: price_slot,
            price_data: price_data_slot,
            quantity: quantity_slot.map(|v| v.0),
        })
    }
}

/// The request body of `POST /v1/subscription_items`.
#[cfg(feature = "subscription_items")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateSubscriptionItem {
    /// Data stored with the item; typed string on the page.
    pub metadata: Option<String>,
    /// Number of units to bill.
    pub quantity: Option<i64>,
    /// ID of the subscription to add the item to.
    pub subscription: String,
    /// A price to create for the item, instead of `price`.
    pub price_data: Option<crate::types::SubscriptionPriceData>,
    /// ID of the price to bill.
    pub price: Option<String>,
}

#[cfg(feature = "subscription_items")]
impl CreateSubscriptionItem {
    /// A `CreateSubscriptionItem` with its required fields (`subscription`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(subscription: impl Into<String>) -> Self {
        Self {
            metadata: None,
            quantity: None,
            subscription: subscription.into(),
            price_data: None,
            price: None,
        }
    }
}

#[cfg(feature = "subscription_items")]
impl serde::Serialize for CreateSubscriptionItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateSubscriptionItem",
            &["metadata", "quantity", "subscription", "price_data", "price"],
            &[true, true, false, true, true],
            &[&self.subscription],
            &[&self.metadata, &self.quantity, &self.price_data, &self.price],
        )
    }
}

#[cfg(feature = "subscription_items")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateSubscriptionItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateSubscriptionItem",
            &["subscription", "metadata", "quantity", "price_data", "price"],
        )
    }
}

#[cfg(feature = "subscription_items")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateSubscriptionItem {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut metadata_slot: Option<String> = None;
        let mut quantity_slot: Option<i64> = None;
        let mut subscription_slot: Option<String> = None;
        let mut price_data_slot: Option<crate::types::SubscriptionPriceData> = None;
        let mut price_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut subscription_slot],
            &mut [
                &mut metadata_slot,
                &mut quantity_slot,
                &mut price_data_slot,
                &mut price_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(subscription_slot) = subscription_slot else {
            return crate::object::missing("subscription");
        };
        Ok(Self {
            metadata: metadata_slot,
            quantity: quantity_slot,
            subscription: subscription_slot,
            price_data: price_data_slot,
            price: price_slot,
        })
    }
}

/// Part of the request body of `POST /v1/subscriptions`.
#[cfg(feature = "subscriptions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateSubscriptionItemsItem {
    /// When to bill before the period ends.
    pub billing_thresholds: Option<
        crate::types::CreateSubscriptionItemsItemBillingThresholds,
    >,
    /// Key-value pairs stored with the item.
    pub metadata: std::collections::BTreeMap<String, serde_json::Value>,
    /// ID of the price to bill.
    pub price: String,
    /// A price to create for this item.
    pub price_data: crate::types::SubscriptionPriceData,
    /// Number of units to bill.
    pub quantity: Option<i64>,
}

#[cfg(feature = "subscriptions")]
impl CreateSubscriptionItemsItem {
    /// A `CreateSubscriptionItemsItem` with its required fields (`metadata`, `price`, `price_data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        metadata: std::collections::BTreeMap<String, serde_json::Value>,
        price: impl Into<String>,
        price_data: crate::types::SubscriptionPriceData,
    ) -> Self {
        Self {
            billing_thresholds: None,
            metadata,
            price: price.into(),
            price_data,
            quantity: None,
        }
    }
}

#[cfg(feature = "subscriptions")]
impl serde::Serialize for CreateSubscriptionItemsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateSubscriptionItemsItem",
            &["billing_thresholds", "metadata", "price", "price_data", "quantity"],
            &[true, false, false, false, true],
            &[&self.metadata, &self.price, &self.price_data],
            &[&self.billing_thresholds, &self.quantity],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateSubscriptionItemsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateSubscriptionItemsItem",
            &["metadata", "price", "price_data", "billing_thresholds", "quantity"],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateSubscriptionItemsItem {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut billing_thresholds_slot: Option<
            crate::types::CreateSubscriptionItemsItemBillingThresholds,
        > = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut price_slot: Option<String> = None;
        let mut price_data_slot: Option<crate::types::SubscriptionPriceData> = None;
        let mut quantity_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut metadata_slot, &mut price_slot, &mut price_data_slot],
            &mut [&mut billing_thresholds_slot, &mut quantity_slot],
        ) {
            return Err(error);
        }
        let Some(metadata_slot) = metadata_slot else {
            return crate::object::missing("metadata");
        };
        let Some(price_slot) = price_slot else {
            return crate::object::missing("price");
        };
        let Some(price_data_slot) = price_data_slot else {
            return crate::object::missing("price_data");
        };
        Ok(Self {
            billing_thresholds: billing_thresholds_slot,
            metadata: metadata_slot,
            price: price_slot,
            price_data: price_data_slot,
            quantity: quantity_slot,
        })
    }
}

/// When to bill before the period ends.
#[cfg(feature = "subscriptions")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateSubscriptionItemsItemBillingThresholds {
    /// Usage at which an invoice is made early.
    pub usage_gte: Option<i64>,
}

#[cfg(feature = "subscriptions")]
impl serde::Serialize for CreateSubscriptionItemsItemBillingThresholds {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateSubscriptionItemsItemBillingThresholds",
            &["usage_gte"],
            &[true],
            &[],
            &[&self.usage_gte],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateSubscriptionItemsItemBillingThresholds {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateSubscriptionItemsItemBillingThresholds",
            &["usage_gte"],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de>
for CreateSubscriptionItemsItemBillingThresholds {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut usage_gte_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut usage_gte_slot],
        ) {
            return Err(error);
        }
        Ok(Self { usage_gte: usage_gte_slot })
    }
}

/// How the subscription's invoices are paid.
#[cfg(feature = "subscriptions")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateSubscriptionPaymentSettings {
    /// Options per payment method (fields not shown on the page).
    pub payment_method_options: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// Payment method types to offer.
    pub payment_method_types: Option<String>,
    /// Whether to keep the payment method used as the default.
    pub save_default_payment_method: Option<String>,
}

#[cfg(feature = "subscriptions")]
impl serde::Serialize for CreateSubscriptionPaymentSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateSubscriptionPaymentSettings",
            &[
                "payment_method_options",
                "payment_method_types",
                "save_default_payment_method",
            ],
            &[true, true, true],
            &[],
            &[
                &self.payment_method_options,
                &self.payment_method_types,
                &self.save_default_payment_method,
            ],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateSubscriptionPaymentSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateSubscriptionPaymentSettings",
            &[
                "payment_method_options",
                "payment_method_types",
                "save_default_payment_method",
            ],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateSubscriptionPaymentSettings {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut payment_method_options_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut payment_method_types_slot: Option<String> = None;
        let mut save_default_payment_method_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut payment_method_options_slot,
                &mut payment_method_types_slot,
                &mut save_default_payment_method_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            payment_method_options: payment_method_options_slot,
            payment_method_types: payment_method_types_slot,
            save_default_payment_method: save_default_payment_method_slot,
        })
    }
}

/// The request body of `POST /v1/webhook_endpoints`.
#[cfg(feature = "webhook_endpoints")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CreateWebhook {
    /// Where the events are sent (HTTPS once public).
    pub url: String,
    /// Event types to send (`payment_intent.succeeded`, `charge.refund.updated`, ...).
    pub enabled_events: Vec<String>,
    /// What the endpoint is for.
    pub description: Option<String>,
    /// API version to render the events with (`1.0.1` in the guide).
    pub api_version: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[cfg(feature = "webhook_endpoints")]
impl CreateWebhook {
    /// A `CreateWebhook` with its required fields (`url`, `enabled_events`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(url: impl Into<String>, enabled_events: Vec<String>) -> Self {
        Self {
            url: url.into(),
            enabled_events,
            description: None,
            api_version: None,
            metadata: None,
        }
    }
}

#[cfg(feature = "webhook_endpoints")]
impl serde::Serialize for CreateWebhook {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CreateWebhook",
            &["url", "enabled_events", "description", "api_version", "metadata"],
            &[false, false, true, true, true],
            &[&self.url, &self.enabled_events],
            &[&self.description, &self.api_version, &self.metadata],
        )
    }
}

#[cfg(feature = "webhook_endpoints")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for CreateWebhook {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CreateWebhook",
            &["url", "enabled_events", "description", "api_version", "metadata"],
        )
    }
}

#[cfg(feature = "webhook_endpoints")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for CreateWebhook {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut url_slot: Option<String> = None;
        let mut enabled_events_slot: Option<Vec<String>> = None;
        let mut description_slot: Option<String> = None;
        let mut api_version_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut url_slot, &mut enabled_events_slot],
            &mut [&mut description_slot, &mut api_version_slot, &mut metadata_slot],
        ) {
            return Err(error);
        }
        let Some(url_slot) = url_slot else {
            return crate::object::missing("url");
        };
        let Some(enabled_events_slot) = enabled_events_slot else {
            return crate::object::missing("enabled_events");
        };
        Ok(Self {
            url: url_slot,
            enabled_events: enabled_events_slot,
            description: description_slot,
            api_version: api_version_slot,
            metadata: metadata_slot,
        })
    }
}

/// Someone who pays; payment methods can be saved to a customer.
#[cfg(feature = "customers")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Customer {
    /// Identifier of the customer (`cus_...`).
    pub id: String,
    /// `customer` in the examples.
    pub object: String,
    /// Creation time; the guides' examples give milliseconds since the Unix epoch.
    pub created: i64,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// Address of the customer.
    pub address: Option<crate::types::Address>,
    /// Free text about the customer, for the merchant.
    pub description: Option<String>,
    /// Email address of the customer.
    pub email: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Full name or business name of the customer.
    pub name: Option<String>,
    /// Phone number of the customer.
    pub phone: Option<String>,
    /// Where the customer's goods are shipped to.
    pub shipping: Option<crate::types::CustomerShipping>,
}

#[cfg(feature = "customers")]
impl Customer {
    /// A `Customer` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            created,
            livemode: None,
            address: None,
            description: None,
            email: None,
            metadata: None,
            name: None,
            phone: None,
            shipping: None,
        }
    }
}

#[cfg(feature = "customers")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Customer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Customer",
            &[
                "id",
                "object",
                "created",
                "livemode",
                "address",
                "description",
                "email",
                "metadata",
                "name",
                "phone",
                "shipping",
            ],
            &[false, false, false, true, true, true, true, true, true, true, true],
            &[&self.id, &self.object, &self.created],
            &[
                &self.livemode,
                &self.address,
                &self.description,
                &self.email,
                &self.metadata,
                &self.name,
                &self.phone,
                &self.shipping,
            ],
        )
    }
}

#[cfg(feature = "customers")]
impl<'de> serde::Deserialize<'de> for Customer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Customer",
            &[
                "id",
                "object",
                "created",
                "livemode",
                "address",
                "description",
                "email",
                "metadata",
                "name",
                "phone",
                "shipping",
            ],
        )
    }
}

#[cfg(feature = "customers")]
impl<'de> crate::object::FromObject<'de> for Customer {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut address_slot: Option<crate::types::Address> = None;
        let mut description_slot: Option<String> = None;
        let mut email_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut name_slot: Option<String> = None;
        let mut phone_slot: Option<String> = None;
        let mut shipping_slot: Option<crate::types::CustomerShipping> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut livemode_slot,
                &mut address_slot,
                &mut description_slot,
                &mut email_slot,
                &mut metadata_slot,
                &mut name_slot,
                &mut phone_slot,
                &mut shipping_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            created: created_slot,
            livemode: livemode_slot,
            address: address_slot,
            description: description_slot,
            email: email_slot,
            metadata: metadata_slot,
            name: name_slot,
            phone: phone_slot,
            shipping: shipping_slot,
        })
    }
}

/// Shipping details kept with a customer.
#[cfg(feature = "customers")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct CustomerShipping {
    /// Where the customer's goods are shipped to.
    pub address: Option<crate::types::Address>,
    /// Name of the recipient.
    pub name: Option<String>,
    /// Phone number of the recipient.
    pub phone: Option<String>,
}

#[cfg(feature = "customers")]
impl serde::Serialize for CustomerShipping {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "CustomerShipping",
            &["address", "name", "phone"],
            &[true, true, true],
            &[],
            &[&self.address, &self.name, &self.phone],
        )
    }
}

#[cfg(feature = "customers")]
impl<'de> serde::Deserialize<'de> for CustomerShipping {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "CustomerShipping",
            &["address", "name", "phone"],
        )
    }
}

#[cfg(feature = "customers")]
impl<'de> crate::object::FromObject<'de> for CustomerShipping {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut address_slot: Option<crate::types::Address> = None;
        let mut name_slot: Option<String> = None;
        let mut phone_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut address_slot, &mut name_slot, &mut phone_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            address: address_slot,
            name: name_slot,
            phone: phone_slot,
        })
    }
}

/// The `Dispute` schema of the API.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Dispute {
    /// Unique identifier for the object.
    pub id: String,
    /// "dispute"
    pub object: String,
    /// Disputed amount. Usually the amount of the charge, but can differ (usually because of currency fluctuation or because only part of the order is disputed).
    pub amount: Option<i64>,
    /// **Not implemented by the API yet** (the reference marks this field 未实现); expect it to be absent.
    pub balance_transactions: Option<Vec<String>>,
    /// ID of the charge that was disputed.
    pub charge: Option<String>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter ISO currency code, in lowercase. Must be a supported currency.
    pub currency: Option<String>,
    /// Evidence provided to respond to a dispute. Updating any field in the hash will submit all fields in the hash for review.
    pub evidence: Option<crate::types::DisputeEvidence>,
    /// Evidence details (`evidence_details`): [`DisputeEvidenceDetails`].
    pub evidence_details: Option<crate::types::DisputeEvidenceDetails>,
    /// **Not implemented by the API yet** (the reference marks this field 未实现); expect it to be absent.
    pub is_charge_refundable: Option<bool>,
    /// Has the value true if the object exists in live mode or the value false if the object exists in test mode.
    pub livemode: Option<bool>,
    /// Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// ID of the PaymentIntent that was disputed.
    pub payment_intent: Option<String>,
    /// **Not implemented by the API yet** (the reference marks this field 未实现); expect it to be absent.
    pub reason: Option<String>,
    /// Current status of dispute. Possible values are warning_needs_response, warning_under_review, warning_closed, needs_response, under_review, charge_refunded, won, or lost.
    pub status: Option<crate::types::DisputeStatus>,
    /// Visa and MasterCard organized their reason codes into four categories. While American Express and Discover each use additional categories to help categorize their reason codes, customer dispute categorization is moving towards the four category standard.
    pub reason_type: Option<String>,
    /// The detailed description of the dispute reason.
    pub reason_description: Option<String>,
    /// Reason codes are alphanumeric strings of text provided in a chargeback notification as a means of explaining the cause for the dispute.
    pub reason_code: Option<String>,
}

#[cfg(feature = "disputes")]
impl Dispute {
    /// A `Dispute` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            amount: None,
            balance_transactions: None,
            charge: None,
            created,
            currency: None,
            evidence: None,
            evidence_details: None,
            is_charge_refundable: None,
            livemode: None,
            metadata: None,
            payment_intent: None,
            reason: None,
            status: None,
            reason_type: None,
            reason_description: None,
            reason_code: None,
        }
    }
}

#[cfg(feature = "disputes")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Dispute {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Dispute",
            &[
                "id",
                "object",
                "amount",
                "balance_transactions",
                "charge",
                "created",
                "currency",
                "evidence",
                "evidence_details",
                "is_charge_refundable",
                "livemode",
                "metadata",
                "payment_intent",
                "reason",
                "status",
                "reason_type",
                "reason_description",
                "reason_code",
            ],
            &[
                false, false, true, true, true, false, true, true, true, true, true,
                true, true, true, true, true, true, true,
            ],
            &[&self.id, &self.object, &self.created],
            &[
                &self.amount,
                &self.balance_transactions,
                &self.charge,
                &self.currency,
                &self.evidence,
                &self.evidence_details,
                &self.is_charge_refundable,
                &self.livemode,
                &self.metadata,
                &self.payment_intent,
                &self.reason,
                &self.status,
                &self.reason_type,
                &self.reason_description,
                &self.reason_code,
            ],
        )
    }
}

#[cfg(feature = "disputes")]
impl<'de> serde::Deserialize<'de> for Dispute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Dispute",
            &[
                "id",
                "object",
                "created",
                "amount",
                "balance_transactions",
                "charge",
                "currency",
                "evidence",
                "evidence_details",
                "is_charge_refundable",
                "livemode",
                "metadata",
                "payment_intent",
                "reason",
                "status",
                "reason_type",
                "reason_description",
                "reason_code",
            ],
        )
    }
}

#[cfg(feature = "disputes")]
impl<'de> crate::object::FromObject<'de> for Dispute {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut amount_slot: Option<i64> = None;
        let mut balance_transactions_slot: Option<Vec<String>> = None;
        let mut charge_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut currency_slot: Option<String> = None;
        let mut evidence_slot: Option<crate::types::DisputeEvidence> = None;
        let mut evidence_details_slot: Option<crate::types::DisputeEvidenceDetails> = None;
        let mut is_charge_refundable_slot: Option<bool> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut payment_intent_slot: Option<String> = None;
        let mut reason_slot: Option<String> = None;
        let mut status_slot: Option<crate::types::DisputeStatus> = None;
        let mut reason_type_slot: Option<String> = None;
        let mut reason_description_slot: Option<String> = None;
        let mut reason_code_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut amount_slot,
                &mut balance_transactions_slot,
                &mut charge_slot,
                &mut currency_slot,
                &mut evidence_slot,
                &mut evidence_details_slot,
                &mut is_charge_refundable_slot,
                &mut livemode_slot,
                &mut metadata_slot,
                &mut payment_intent_slot,
                &mut reason_slot,
                &mut status_slot,
                &mut reason_type_slot,
                &mut reason_description_slot,
                &mut reason_code_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            amount: amount_slot,
            balance_transactions: balance_transactions_slot,
            charge: charge_slot,
            created: created_slot,
            currency: currency_slot,
            evidence: evidence_slot,
            evidence_details: evidence_details_slot,
            is_charge_refundable: is_charge_refundable_slot,
            livemode: livemode_slot,
            metadata: metadata_slot,
            payment_intent: payment_intent_slot,
            reason: reason_slot,
            status: status_slot,
            reason_type: reason_type_slot,
            reason_description: reason_description_slot,
            reason_code: reason_code_slot,
        })
    }
}

/// The `Dispute Evidence` schema of the API.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct DisputeEvidence {
    /// Any server or activity logs showing proof that the customer accessed or downloaded the purchased digital product. This information should include IP addresses, corresponding timestamps, and any detailed recorded activity.
    pub access_activity_log: Option<String>,
    /// The billing address provided by the customer.
    pub billing_address: Option<String>,
    /// (ID of a file upload) Your subscription cancellation policy, as shown to the customer.
    pub cancellation_policy: Option<String>,
    /// An explanation of how and when the customer was shown your refund policy prior to purchase.
    pub cancellation_policy_disclosure: Option<String>,
    /// A justification for why the customer’s subscription was not canceled.
    pub cancellation_rebuttal: Option<String>,
    /// (ID of a file upload) Any communication with the customer that you feel is relevant to your case. Examples include emails proving that the customer received the product or service, or demonstrating their use of or satisfaction with the product or service.
    pub customer_communication: Option<String>,
    /// The email address of the customer.
    pub customer_email_address: Option<String>,
    /// Customer name.
    pub customer_name: Option<String>,
    /// The IP address that the customer used when making the purchase.
    pub customer_purchase_ip: Option<String>,
    /// (ID of a file upload) A relevant document or contract showing the customer’s signature.
    pub customer_signature: Option<String>,
    /// (ID of a file upload) Documentation for the prior charge that can uniquely identify the charge, such as a receipt, shipping label, work order, etc. This document should be paired with a similar document from the disputed payment that proves the two payments are separate.
    pub duplicate_charge_documentation: Option<String>,
    /// An explanation of the difference between the disputed charge versus the prior charge that appears to be a duplicate.
    pub duplicate_charge_explanation: Option<String>,
    /// The ID for the prior charge which appears to be a duplicate of the disputed charge.
    pub duplicate_charge_id: Option<String>,
    /// A description of the product or service that was sold.
    pub product_description: Option<String>,
    /// (ID of a file upload) Any receipt or message sent to the customer notifying them of the charge.
    pub receipt: Option<String>,
    /// (ID of a file upload) Your refund policy, as shown to the customer.
    pub refund_policy: Option<String>,
    /// Documentation demonstrating that the customer was shown your refund policy prior to purchase.
    pub refund_policy_disclosure: Option<String>,
    /// A justification for why the customer is not entitled to a refund.
    pub refund_refusal_explanation: Option<String>,
    /// The date on which the customer received or began receiving the purchased service, in a clear human-readable format.
    pub service_date: Option<String>,
    /// (ID of a file upload) Documentation showing proof that a service was provided to the customer. This could include a copy of a signed contract, work order, or other form of written agreement.
    pub service_documentation: Option<String>,
    /// The address to which a physical product was shipped. You should try to include as complete address information as possible.
    pub shipping_address: Option<String>,
    /// The delivery service that shipped a physical product, such as Fedex, UPS, USPS, etc. If multiple carriers were used for this purchase, please separate them with commas.
    pub shipping_carrier: Option<String>,
    /// The date on which a physical product began its route to the shipping address, in a clear human-readable format.
    pub shipping_date: Option<String>,
    /// (ID of a file upload) Documentation showing proof that a product was shipped to the customer at the same address the customer provided to you. This could include a copy of the shipment receipt, shipping label, etc. It should show the customer’s full shipping address, if possible.
    pub shipping_documentation: Option<String>,
    /// The tracking number for a physical product, obtained from the delivery service. If multiple tracking numbers were generated for this purchase, please separate them with commas.
    pub shipping_tracking_number: Option<String>,
    /// (ID of a file upload) Any additional evidence or statements.
    pub uncategorized_file: Option<String>,
    /// Any additional evidence or statements.
    pub uncategorized_text: Option<String>,
}

#[cfg(feature = "disputes")]
impl serde::Serialize for DisputeEvidence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "DisputeEvidence",
            &[
                "access_activity_log",
                "billing_address",
                "cancellation_policy",
                "cancellation_policy_disclosure",
                "cancellation_rebuttal",
                "customer_communication",
                "customer_email_address",
                "customer_name",
                "customer_purchase_ip",
                "customer_signature",
                "duplicate_charge_documentation",
                "duplicate_charge_explanation",
                "duplicate_charge_id",
                "product_description",
                "receipt",
                "refund_policy",
                "refund_policy_disclosure",
                "refund_refusal_explanation",
                "service_date",
                "service_documentation",
                "shipping_address",
                "shipping_carrier",
                "shipping_date",
                "shipping_documentation",
                "shipping_tracking_number",
                "uncategorized_file",
                "uncategorized_text",
            ],
            &[
                true, true, true, true, true, true, true, true, true, true, true, true,
                true, true, true, true, true, true, true, true, true, true, true, true,
                true, true, true,
            ],
            &[],
            &[
                &self.access_activity_log,
                &self.billing_address,
                &self.cancellation_policy,
                &self.cancellation_policy_disclosure,
                &self.cancellation_rebuttal,
                &self.customer_communication,
                &self.customer_email_address,
                &self.customer_name,
                &self.customer_purchase_ip,
                &self.customer_signature,
                &self.duplicate_charge_documentation,
                &self.duplicate_charge_explanation,
                &self.duplicate_charge_id,
                &self.product_description,
                &self.receipt,
                &self.refund_policy,
                &self.refund_policy_disclosure,
                &self.refund_refusal_explanation,
                &self.service_date,
                &self.service_documentation,
                &self.shipping_address,
                &self.shipping_carrier,
                &self.shipping_date,
                &self.shipping_documentation,
                &self.shipping_tracking_number,
                &self.uncategorized_file,
                &self.uncategorized_text,
            ],
        )
    }
}

#[cfg(feature = "disputes")]
impl<'de> serde::Deserialize<'de> for DisputeEvidence {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "DisputeEvidence",
            &[
                "access_activity_log",
                "billing_address",
                "cancellation_policy",
                "cancellation_policy_disclosure",
                "cancellation_rebuttal",
                "customer_communication",
                "customer_email_address",
                "customer_name",
                "customer_purchase_ip",
                "customer_signature",
                "duplicate_charge_documentation",
                "duplicate_charge_explanation",
                "duplicate_charge_id",
                "product_description",
                "receipt",
                "refund_policy",
                "refund_policy_disclosure",
                "refund_refusal_explanation",
                "service_date",
                "service_documentation",
                "shipping_address",
                "shipping_carrier",
                "shipping_date",
                "shipping_documentation",
                "shipping_tracking_number",
                "uncategorized_file",
                "uncategorized_text",
            ],
        )
    }
}

#[cfg(feature = "disputes")]
impl<'de> crate::object::FromObject<'de> for DisputeEvidence {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut access_activity_log_slot: Option<String> = None;
        let mut billing_address_slot: Option<String> = None;
        let mut cancellation_policy_slot: Option<String> = None;
        let mut cancellation_policy_disclosure_slot: Option<String> = None;
        let mut cancellation_rebuttal_slot: Option<String> = None;
        let mut customer_communication_slot: Option<String> = None;
        let mut customer_email_address_slot: Option<String> = None;
        let mut customer_name_slot: Option<String> = None;
        let mut customer_purchase_ip_slot: Option<String> = None;
        let mut customer_signature_slot: Option<String> = None;
        let mut duplicate_charge_documentation_slot: Option<String> = None;
        let mut duplicate_charge_explanation_slot: Option<String> = None;
        let mut duplicate_charge_id_slot: Option<String> = None;
        let mut product_description_slot: Option<String> = None;
        let mut receipt_slot: Option<String> = None;
        let mut refund_policy_slot: Option<String> = None;
        let mut refund_policy_disclosure_slot: Option<String> = None;
        let mut refund_refusal_explanation_slot: Option<String> = None;
        let mut service_date_slot: Option<String> = None;
        let mut service_documentation_slot: Option<String> = None;
        let mut shipping_address_slot: Option<String> = None;
        let mut shipping_carrier_slot: Option<String> = None;
        let mut shipping_date_slot: Option<String> = None;
        let mut shipping_documentation_slot: Option<String> = None;
        let mut shipping_tracking_number_slot: Option<String> = None;
        let mut uncategorized_file_slot: Option<String> = None;
        let mut uncategorized_text_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut access_activity_log_slot,
                &mut billing_address_slot,
                &mut cancellation_policy_slot,
                &mut cancellation_policy_disclosure_slot,
                &mut cancellation_rebuttal_slot,
                &mut customer_communication_slot,
                &mut customer_email_address_slot,
                &mut customer_name_slot,
                &mut customer_purchase_ip_slot,
                &mut customer_signature_slot,
                &mut duplicate_charge_documentation_slot,
                &mut duplicate_charge_explanation_slot,
                &mut duplicate_charge_id_slot,
                &mut product_description_slot,
                &mut receipt_slot,
                &mut refund_policy_slot,
                &mut refund_policy_disclosure_slot,
                &mut refund_refusal_explanation_slot,
                &mut service_date_slot,
                &mut service_documentation_slot,
                &mut shipping_address_slot,
                &mut shipping_carrier_slot,
                &mut shipping_date_slot,
                &mut shipping_documentation_slot,
                &mut shipping_tracking_number_slot,
                &mut uncategorized_file_slot,
                &mut uncategorized_text_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            access_activity_log: access_activity_log_slot,
            billing_address: billing_address_slot,
            cancellation_policy: cancellation_policy_slot,
            cancellation_policy_disclosure: cancellation_policy_disclosure_slot,
            cancellation_rebuttal: cancellation_rebuttal_slot,
            customer_communication: customer_communication_slot,
            customer_email_address: customer_email_address_slot,
            customer_name: customer_name_slot,
            customer_purchase_ip: customer_purchase_ip_slot,
            customer_signature: customer_signature_slot,
            duplicate_charge_documentation: duplicate_charge_documentation_slot,
            duplicate_charge_explanation: duplicate_charge_explanation_slot,
            duplicate_charge_id: duplicate_charge_id_slot,
            product_description: product_description_slot,
            receipt: receipt_slot,
            refund_policy: refund_policy_slot,
            refund_policy_disclosure: refund_policy_disclosure_slot,
            refund_refusal_explanation: refund_refusal_explanation_slot,
            service_date: service_date_slot,
            service_documentation: service_documentation_slot,
            shipping_address: shipping_address_slot,
            shipping_carrier: shipping_carrier_slot,
            shipping_date: shipping_date_slot,
            shipping_documentation: shipping_documentation_slot,
            shipping_tracking_number: shipping_tracking_number_slot,
            uncategorized_file: uncategorized_file_slot,
            uncategorized_text: uncategorized_text_slot,
        })
    }
}

/// The `evidence_details` field of the `Dispute` schema.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct DisputeEvidenceDetails {
    /// Date by which evidence must be submitted in order to successfully challenge dispute. Will be null if the customer’s bank or credit card company doesn’t allow a response for this particular dispute.
    pub due_by: Option<i64>,
    /// Whether evidence has been staged for this dispute.
    pub has_evidence: Option<bool>,
    /// Whether the last evidence submission was submitted past the due date. Defaults to false if no evidence submissions have occurred. If true, then delivery of the latest evidence is not guaranteed.
    pub past_due: Option<bool>,
    /// The number of times evidence has been submitted. Typically, you may only submit evidence once.
    pub submission_count: Option<i64>,
}

#[cfg(feature = "disputes")]
#[cfg(feature = "serialize")]
impl serde::Serialize for DisputeEvidenceDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "DisputeEvidenceDetails",
            &["due_by", "has_evidence", "past_due", "submission_count"],
            &[true, true, true, true],
            &[],
            &[&self.due_by, &self.has_evidence, &self.past_due, &self.submission_count],
        )
    }
}

#[cfg(feature = "disputes")]
impl<'de> serde::Deserialize<'de> for DisputeEvidenceDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "DisputeEvidenceDetails",
            &["due_by", "has_evidence", "past_due", "submission_count"],
        )
    }
}

#[cfg(feature = "disputes")]
impl<'de> crate::object::FromObject<'de> for DisputeEvidenceDetails {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut due_by_slot: Option<i64> = None;
        let mut has_evidence_slot: Option<bool> = None;
        let mut past_due_slot: Option<bool> = None;
        let mut submission_count_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut due_by_slot,
                &mut has_evidence_slot,
                &mut past_due_slot,
                &mut submission_count_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            due_by: due_by_slot,
            has_evidence: has_evidence_slot,
            past_due: past_due_slot,
            submission_count: submission_count_slot,
        })
    }
}

/// Current status of dispute. Possible values are warning_needs_response, warning_under_review, warning_closed, needs_response, under_review, charge_refunded, won, or lost.
#[cfg(feature = "disputes")]
#[derive(Clone)]
pub enum DisputeStatus {
    /// `warning_needs_response`
    WarningNeedsResponse,
    /// `warning_under_review`
    WarningUnderReview,
    /// `warning_closed`
    WarningClosed,
    /// `needs_response`
    NeedsResponse,
    /// `under_review`
    UnderReview,
    /// `charge_refunded`
    ChargeRefunded,
    /// `won`
    Won,
    /// `lost`
    Lost,
    /// `early_dispute_warning`
    EarlyDisputeWarning,
    /// `early_dispute_resolved`
    EarlyDisputeResolved,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "disputes")]
impl DisputeStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WarningNeedsResponse => "warning_needs_response",
            Self::WarningUnderReview => "warning_under_review",
            Self::WarningClosed => "warning_closed",
            Self::NeedsResponse => "needs_response",
            Self::UnderReview => "under_review",
            Self::ChargeRefunded => "charge_refunded",
            Self::Won => "won",
            Self::Lost => "lost",
            Self::EarlyDisputeWarning => "early_dispute_warning",
            Self::EarlyDisputeResolved => "early_dispute_resolved",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "disputes")]
impl From<&str> for DisputeStatus {
    fn from(value: &str) -> Self {
        match value {
            "warning_needs_response" => Self::WarningNeedsResponse,
            "warning_under_review" => Self::WarningUnderReview,
            "warning_closed" => Self::WarningClosed,
            "needs_response" => Self::NeedsResponse,
            "under_review" => Self::UnderReview,
            "charge_refunded" => Self::ChargeRefunded,
            "won" => Self::Won,
            "lost" => Self::Lost,
            "early_dispute_warning" => Self::EarlyDisputeWarning,
            "early_dispute_resolved" => Self::EarlyDisputeResolved,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "disputes")]
string_enum_impls!(DisputeStatus);

/// The `Event` schema of the API.
#[cfg(feature = "events")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Event {
    /// Identifier of the event (`evt_...`); deliveries of one event share it.
    pub id: String,
    /// Always `event`.
    pub object: String,
    /// The API version the object in `data` is rendered with.
    pub api_version: Option<String>,
    /// When the event happened, in milliseconds since the Unix epoch.
    pub created: i64,
    /// The object of the event.
    pub data: crate::types::EventData,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// How many deliveries of the event have not succeeded yet.
    pub pending_webhooks: Option<i64>,
    /// The API request that caused the event, when one did.
    pub request: Option<crate::types::EventRequest>,
    /// What happened.
    pub r#type: Option<crate::types::EventType>,
}

#[cfg(feature = "events")]
impl Event {
    /// A `Event` with its required fields (`id`, `object`, `created`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        object: impl Into<String>,
        created: i64,
        data: crate::types::EventData,
    ) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            api_version: None,
            created,
            data,
            livemode: None,
            pending_webhooks: None,
            request: None,
            r#type: None,
        }
    }
}

#[cfg(feature = "events")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Event",
            &[
                "id",
                "object",
                "api_version",
                "created",
                "data",
                "livemode",
                "pending_webhooks",
                "request",
                "type",
            ],
            &[false, false, true, false, false, true, true, true, true],
            &[&self.id, &self.object, &self.created, &self.data],
            &[
                &self.api_version,
                &self.livemode,
                &self.pending_webhooks,
                &self.request,
                &self.r#type,
            ],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Event",
            &[
                "id",
                "object",
                "created",
                "data",
                "api_version",
                "livemode",
                "pending_webhooks",
                "request",
                "type",
            ],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> crate::object::FromObject<'de> for Event {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut api_version_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut data_slot: Option<crate::types::EventData> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut pending_webhooks_slot: Option<i64> = None;
        let mut request_slot: Option<crate::types::EventRequest> = None;
        let mut type_slot: Option<crate::types::EventType> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot, &mut data_slot],
            &mut [
                &mut api_version_slot,
                &mut livemode_slot,
                &mut pending_webhooks_slot,
                &mut request_slot,
                &mut type_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            api_version: api_version_slot,
            created: created_slot,
            data: data_slot,
            livemode: livemode_slot,
            pending_webhooks: pending_webhooks_slot,
            request: request_slot,
            r#type: type_slot,
        })
    }
}

/// The object of the event.
#[cfg(feature = "events")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct EventData {
    /// The object the event is about, as it is after the event; its kind follows `type` (a PaymentIntent for `payment_intent.*`, a dispute for `charge.dispute.*`).
    pub object: std::collections::BTreeMap<String, serde_json::Value>,
    /// For updates, the fields that changed, with their earlier values.
    pub previous_attributes: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
}

#[cfg(feature = "events")]
impl EventData {
    /// A `EventData` with its required fields (`object`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(object: std::collections::BTreeMap<String, serde_json::Value>) -> Self {
        Self {
            object,
            previous_attributes: None,
        }
    }
}

#[cfg(feature = "events")]
#[cfg(feature = "serialize")]
impl serde::Serialize for EventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "EventData",
            &["object", "previous_attributes"],
            &[false, true],
            &[&self.object],
            &[&self.previous_attributes],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for EventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "EventData",
            &["object", "previous_attributes"],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> crate::object::FromObject<'de> for EventData {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut previous_attributes_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot],
            &mut [&mut previous_attributes_slot],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        Ok(Self {
            object: object_slot,
            previous_attributes: previous_attributes_slot,
        })
    }
}

/// The API request that caused the event, when one did.
#[cfg(feature = "events")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct EventRequest {
    /// ID of the API request that caused the event.
    pub id: String,
    /// The idempotency key of that request.
    pub idempotency_key: Option<String>,
}

#[cfg(feature = "events")]
impl EventRequest {
    /// A `EventRequest` with its required fields (`id`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            idempotency_key: None,
        }
    }
}

#[cfg(feature = "events")]
#[cfg(feature = "serialize")]
impl serde::Serialize for EventRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "EventRequest",
            &["id", "idempotency_key"],
            &[false, true],
            &[&self.id],
            &[&self.idempotency_key],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for EventRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "EventRequest",
            &["id", "idempotency_key"],
        )
    }
}

#[cfg(feature = "events")]
impl<'de> crate::object::FromObject<'de> for EventRequest {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut idempotency_key_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot],
            &mut [&mut idempotency_key_slot],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        Ok(Self {
            id: id_slot,
            idempotency_key: idempotency_key_slot,
        })
    }
}

/// What happened.
#[cfg(feature = "events")]
#[derive(Clone)]
pub enum EventType {
    /// `charge.captured`
    ChargeCaptured,
    /// `charge.dispute.closed`
    ChargeDisputeClosed,
    /// `charge.dispute.created`
    ChargeDisputeCreated,
    /// `charge.dispute.funds_reinstated`
    ChargeDisputeFundsReinstated,
    /// `charge.dispute.funds_withdrawn`
    ChargeDisputeFundsWithdrawn,
    /// `charge.dispute.updated`
    ChargeDisputeUpdated,
    /// `charge.refund.updated`
    ChargeRefundUpdated,
    /// `checkout.session.canceled`
    CheckoutSessionCanceled,
    /// `checkout.session.completed`
    CheckoutSessionCompleted,
    /// `checkout.session.expired`
    CheckoutSessionExpired,
    /// `payment_intent.amount_capturable_updated`
    PaymentIntentAmountCapturableUpdated,
    /// `payment_intent.canceled`
    PaymentIntentCanceled,
    /// `payment_intent.created`
    PaymentIntentCreated,
    /// `payment_intent.payment_failed`
    PaymentIntentPaymentFailed,
    /// `payment_intent.processing`
    PaymentIntentProcessing,
    /// `payment_intent.requires_action`
    PaymentIntentRequiresAction,
    /// `payment_intent.succeeded`
    PaymentIntentSucceeded,
    /// `payment_link.paid`
    PaymentLinkPaid,
    /// `product.created`
    ProductCreated,
    /// `setup_intent.created`
    SetupIntentCreated,
    /// `setup_intent.succeeded`
    SetupIntentSucceeded,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "events")]
impl EventType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ChargeCaptured => "charge.captured",
            Self::ChargeDisputeClosed => "charge.dispute.closed",
            Self::ChargeDisputeCreated => "charge.dispute.created",
            Self::ChargeDisputeFundsReinstated => "charge.dispute.funds_reinstated",
            Self::ChargeDisputeFundsWithdrawn => "charge.dispute.funds_withdrawn",
            Self::ChargeDisputeUpdated => "charge.dispute.updated",
            Self::ChargeRefundUpdated => "charge.refund.updated",
            Self::CheckoutSessionCanceled => "checkout.session.canceled",
            Self::CheckoutSessionCompleted => "checkout.session.completed",
            Self::CheckoutSessionExpired => "checkout.session.expired",
            Self::PaymentIntentAmountCapturableUpdated => {
                "payment_intent.amount_capturable_updated"
            }
            Self::PaymentIntentCanceled => "payment_intent.canceled",
            Self::PaymentIntentCreated => "payment_intent.created",
            Self::PaymentIntentPaymentFailed => "payment_intent.payment_failed",
            Self::PaymentIntentProcessing => "payment_intent.processing",
            Self::PaymentIntentRequiresAction => "payment_intent.requires_action",
            Self::PaymentIntentSucceeded => "payment_intent.succeeded",
            Self::PaymentLinkPaid => "payment_link.paid",
            Self::ProductCreated => "product.created",
            Self::SetupIntentCreated => "setup_intent.created",
            Self::SetupIntentSucceeded => "setup_intent.succeeded",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "events")]
impl From<&str> for EventType {
    fn from(value: &str) -> Self {
        match value {
            "charge.captured" => Self::ChargeCaptured,
            "charge.dispute.closed" => Self::ChargeDisputeClosed,
            "charge.dispute.created" => Self::ChargeDisputeCreated,
            "charge.dispute.funds_reinstated" => Self::ChargeDisputeFundsReinstated,
            "charge.dispute.funds_withdrawn" => Self::ChargeDisputeFundsWithdrawn,
            "charge.dispute.updated" => Self::ChargeDisputeUpdated,
            "charge.refund.updated" => Self::ChargeRefundUpdated,
            "checkout.session.canceled" => Self::CheckoutSessionCanceled,
            "checkout.session.completed" => Self::CheckoutSessionCompleted,
            "checkout.session.expired" => Self::CheckoutSessionExpired,
            "payment_intent.amount_capturable_updated" => {
                Self::PaymentIntentAmountCapturableUpdated
            }
            "payment_intent.canceled" => Self::PaymentIntentCanceled,
            "payment_intent.created" => Self::PaymentIntentCreated,
            "payment_intent.payment_failed" => Self::PaymentIntentPaymentFailed,
            "payment_intent.processing" => Self::PaymentIntentProcessing,
            "payment_intent.requires_action" => Self::PaymentIntentRequiresAction,
            "payment_intent.succeeded" => Self::PaymentIntentSucceeded,
            "payment_link.paid" => Self::PaymentLinkPaid,
            "product.created" => Self::ProductCreated,
            "setup_intent.created" => Self::SetupIntentCreated,
            "setup_intent.succeeded" => Self::SetupIntentSucceeded,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "events")]
string_enum_impls!(EventType);

/// The `File` schema of the API.
#[cfg(feature = "files")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct File {
    /// Identifier of the file (`file_...`).
    pub id: String,
    /// Always `file`.
    pub object: String,
    /// Upload time, in seconds since the Unix epoch.
    pub created: i64,
    /// When the file stops being available, in seconds since the Unix epoch.
    pub expires_at: Option<i64>,
    /// A name to save the file under.
    pub filename: Option<String>,
    /// What the file was uploaded for (`dispute_evidence` in the example).
    pub purpose: Option<String>,
    /// Size in bytes.
    pub size: Option<i64>,
    /// A title for people.
    pub title: Option<String>,
    /// Format of the file (`png` in the example).
    pub r#type: Option<String>,
    /// Where the file can be downloaded (with the secret key).
    pub url: Option<String>,
}

#[cfg(feature = "files")]
impl File {
    /// A `File` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            created,
            expires_at: None,
            filename: None,
            purpose: None,
            size: None,
            title: None,
            r#type: None,
            url: None,
        }
    }
}

#[cfg(feature = "files")]
#[cfg(feature = "serialize")]
impl serde::Serialize for File {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "File",
            &[
                "id",
                "object",
                "created",
                "expires_at",
                "filename",
                "purpose",
                "size",
                "title",
                "type",
                "url",
            ],
            &[false, false, false, true, true, true, true, true, true, true],
            &[&self.id, &self.object, &self.created],
            &[
                &self.expires_at,
                &self.filename,
                &self.purpose,
                &self.size,
                &self.title,
                &self.r#type,
                &self.url,
            ],
        )
    }
}

#[cfg(feature = "files")]
impl<'de> serde::Deserialize<'de> for File {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "File",
            &[
                "id",
                "object",
                "created",
                "expires_at",
                "filename",
                "purpose",
                "size",
                "title",
                "type",
                "url",
            ],
        )
    }
}

#[cfg(feature = "files")]
impl<'de> crate::object::FromObject<'de> for File {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut expires_at_slot: Option<i64> = None;
        let mut filename_slot: Option<String> = None;
        let mut purpose_slot: Option<String> = None;
        let mut size_slot: Option<i64> = None;
        let mut title_slot: Option<String> = None;
        let mut type_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut expires_at_slot,
                &mut filename_slot,
                &mut purpose_slot,
                &mut size_slot,
                &mut title_slot,
                &mut type_slot,
                &mut url_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            created: created_slot,
            expires_at: expires_at_slot,
            filename: filename_slot,
            purpose: purpose_slot,
            size: size_slot,
            title: title_slot,
            r#type: type_slot,
            url: url_slot,
        })
    }
}

/// A bill to a customer. Only the fields the list page filters on are known; the page does not show the object.
#[cfg(feature = "invoices")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Invoice {
    /// Identifier of the invoice.
    pub id: String,
    /// The object's type.
    pub object: String,
    /// Creation time (lists are sorted by it, newest first).
    pub created: i64,
    /// ID of the customer billed.
    pub customer: Option<String>,
    /// ID of the subscription the invoice bills, if any.
    pub subscription: Option<String>,
}

#[cfg(feature = "invoices")]
impl Invoice {
    /// A `Invoice` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            created,
            customer: None,
            subscription: None,
        }
    }
}

#[cfg(feature = "invoices")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Invoice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Invoice",
            &["id", "object", "created", "customer", "subscription"],
            &[false, false, false, true, true],
            &[&self.id, &self.object, &self.created],
            &[&self.customer, &self.subscription],
        )
    }
}

#[cfg(feature = "invoices")]
impl<'de> serde::Deserialize<'de> for Invoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Invoice",
            &["id", "object", "created", "customer", "subscription"],
        )
    }
}

#[cfg(feature = "invoices")]
impl<'de> crate::object::FromObject<'de> for Invoice {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut customer_slot: Option<String> = None;
        let mut subscription_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [&mut customer_slot, &mut subscription_slot],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            created: created_slot,
            customer: customer_slot,
            subscription: subscription_slot,
        })
    }
}

/// The `Issuing Authorization` schema of the API.
#[cfg(feature = "issuing_authorizations")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct IssuingAuthorization {
    /// Identifier of the authorization.
    pub id: String,
    /// The kind of object.
    pub object: String,
    /// Amount authorized, in the smallest currency unit.
    pub amount: Option<i64>,
    /// Whether the authorization was approved.
    pub approved: Option<bool>,
    /// The issued card that was used.
    pub card: Option<crate::types::IssuingAuthorizationCard>,
    /// Creation time of the authorization.
    pub created: i64,
    /// Currency of `amount`.
    pub currency: Option<String>,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// The seller the card was used at.
    pub merchant_data: Option<crate::types::IssuingAuthorizationMerchantData>,
    /// Where the authorization stands.
    pub status: Option<String>,
    /// Breakdown of the amount (its fields are not shown on the pages).
    pub amount_details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// How the card details were given.
    pub authorization_method: Option<String>,
    /// Balance transactions of the authorization.
    pub balance_transactions: Option<
        Vec<std::collections::BTreeMap<String, serde_json::Value>>,
    >,
    /// The request waiting for approval (its fields are not shown on the pages).
    pub pending_request: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Earlier requests of the authorization.
    pub request_history: Option<
        Vec<std::collections::BTreeMap<String, serde_json::Value>>,
    >,
    /// Checks made on the card details (its fields are not shown on the pages).
    pub verification_data: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The wallet the card was used through.
    pub wallet: Option<String>,
}

#[cfg(feature = "issuing_authorizations")]
impl IssuingAuthorization {
    /// A `IssuingAuthorization` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            amount: None,
            approved: None,
            card: None,
            created,
            currency: None,
            livemode: None,
            merchant_data: None,
            status: None,
            amount_details: None,
            authorization_method: None,
            balance_transactions: None,
            pending_request: None,
            request_history: None,
            verification_data: None,
            wallet: None,
        }
    }
}

#[cfg(feature = "issuing_authorizations")]
#[cfg(feature = "serialize")]
impl serde::Serialize for IssuingAuthorization {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "IssuingAuthorization",
            &[
                "id",
                "object",
                "amount",
                "approved",
                "card",
                "created",
                "currency",
                "livemode",
                "merchant_data",
                "status",
                "amount_details",
                "authorization_method",
                "balance_transactions",
                "pending_request",
                "request_history",
                "verification_data",
                "wallet",
            ],
            &[
                false, false, true, true, true, false, true, true, true, true, true,
                true, true, true, true, true, true,
            ],
            &[&self.id, &self.object, &self.created],
            &[
                &self.amount,
                &self.approved,
                &self.card,
                &self.currency,
                &self.livemode,
                &self.merchant_data,
                &self.status,
                &self.amount_details,
                &self.authorization_method,
                &self.balance_transactions,
                &self.pending_request,
                &self.request_history,
                &self.verification_data,
                &self.wallet,
            ],
        )
    }
}

#[cfg(feature = "issuing_authorizations")]
impl<'de> serde::Deserialize<'de> for IssuingAuthorization {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "IssuingAuthorization",
            &[
                "id",
                "object",
                "created",
                "amount",
                "approved",
                "card",
                "currency",
                "livemode",
                "merchant_data",
                "status",
                "amount_details",
                "authorization_method",
                "balance_transactions",
                "pending_request",
                "request_history",
                "verification_data",
                "wallet",
            ],
        )
    }
}

#[cfg(feature = "issuing_authorizations")]
impl<'de> crate::object::FromObject<'de> for IssuingAuthorization {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut amount_slot: Option<i64> = None;
        let mut approved_slot: Option<bool> = None;
        let mut card_slot: Option<crate::types::IssuingAuthorizationCard> = None;
        let mut created_slot: Option<i64> = None;
        let mut currency_slot: Option<String> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut merchant_data_slot: Option<
            crate::types::IssuingAuthorizationMerchantData,
        > = None;
        let mut status_slot: Option<String> = None;
        let mut amount_details_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut authorization_method_slot: Option<String> = None;
        let mut balance_transactions_slot: Option<
            Vec<std::collections::BTreeMap<String, serde_json::Value>>,
        > = None;
        let mut pending_request_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut request_history_slot: Option<
            Vec<std::collections::BTreeMap<String, serde_json::Value>>,
        > = None;
        let mut verification_data_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut wallet_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut amount_slot,
                &mut approved_slot,
                &mut card_slot,
                &mut currency_slot,
                &mut livemode_slot,
                &mut merchant_data_slot,
                &mut status_slot,
                &mut amount_details_slot,
                &mut authorization_method_slot,
                &mut balance_transactions_slot,
                &mut pending_request_slot,
                &mut request_history_slot,
                &mut verification_data_slot,
                &mut wallet_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            amount: amount_slot,
            approved: approved_slot,
            card: card_slot,
            created: created_slot,
            currency: currency_slot,
            livemode: livemode_slot,
            merchant_data: merchant_data_slot,
            status: status_slot,
            amount_details: amount_details_slot,
            authorization_method: authorization_method_slot,
            balance_transactions: balance_transactions_slot,
            pending_request: pending_request_slot,
            request_history: request_history_slot,
            verification_data: verification_data_slot,
            wallet: wallet_slot,
        })
    }
}

/// The issued card that was used.
#[cfg(feature = "issuing_authorizations")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct IssuingAuthorizationCard {
    /// Identifier of the card.
    pub id: String,
    /// The kind of object.
    pub object: String,
    /// Card brand.
    pub brand: Option<String>,
    /// Why the card was canceled.
    pub cancellation_reason: Option<
        crate::types::IssuingAuthorizationCardCancellationReason,
    >,
    /// The cardholder (its fields are not shown on the page).
    pub cardholder: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Creation time of the card.
    pub created: i64,
    /// Currency of the card.
    pub currency: Option<String>,
    /// Expiry month.
    pub exp_month: Option<i64>,
    /// Expiry year.
    pub exp_year: Option<i64>,
    /// First six digits of the card number.
    pub first6: Option<String>,
    /// Last four digits of the card number.
    pub last4: Option<String>,
    /// Data stored with the card (typed as a string on the page).
    pub metadata: Option<String>,
    /// Whether the card can be used.
    pub status: Option<crate::types::IssuingAuthorizationCardStatus>,
    /// Kind of card.
    pub r#type: Option<crate::types::IssuingAuthorizationCardType>,
}

#[cfg(feature = "issuing_authorizations")]
impl IssuingAuthorizationCard {
    /// A `IssuingAuthorizationCard` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            brand: None,
            cancellation_reason: None,
            cardholder: None,
            created,
            currency: None,
            exp_month: None,
            exp_year: None,
            first6: None,
            last4: None,
            metadata: None,
            status: None,
            r#type: None,
        }
    }
}

#[cfg(feature = "issuing_authorizations")]
#[cfg(feature = "serialize")]
impl serde::Serialize for IssuingAuthorizationCard {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "IssuingAuthorizationCard",
            &[
                "id",
                "object",
                "brand",
                "cancellation_reason",
                "cardholder",
                "created",
                "currency",
                "exp_month",
                "exp_year",
                "first6",
                "last4",
                "metadata",
                "status",
                "type",
            ],
            &[
                false, false, true, true, true, false, true, true, true, true, true,
                true, true, true,
            ],
            &[&self.id, &self.object, &self.created],
            &[
                &self.brand,
                &self.cancellation_reason,
                &self.cardholder,
                &self.currency,
                &self.exp_month,
                &self.exp_year,
                &self.first6,
                &self.last4,
                &self.metadata,
                &self.status,
                &self.r#type,
            ],
        )
    }
}

#[cfg(feature = "issuing_authorizations")]
impl<'de> serde::Deserialize<'de> for IssuingAuthorizationCard {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "IssuingAuthorizationCard",
            &[
                "id",
                "object",
                "created",
                "brand",
                "cancellation_reason",
                "cardholder",
                "currency",
                "exp_month",
                "exp_year",
                "first6",
                "last4",
                "metadata",
                "status",
                "type",
            ],
        )
    }
}

#[cfg(feature = "issuing_authorizations")]
impl<'de> crate::object::FromObject<'de> for IssuingAuthorizationCard {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut brand_slot: Option<String> = None;
        let mut cancellation_reason_slot: Option<
            crate::types::IssuingAuthorizationCardCancellationReason,
        > = None;
        let mut cardholder_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut created_slot: Option<i64> = None;
        let mut currency_slot: Option<String> = None;
        let mut exp_month_slot: Option<i64> = None;
        let mut exp_year_slot: Option<i64> = None;
        let mut first6_slot: Option<String> = None;
        let mut last4_slot: Option<String> = None;
        let mut metadata_slot: Option<String> = None;
        let mut status_slot: Option<crate::types::IssuingAuthorizationCardStatus> = None;
        let mut type_slot: Option<crate::types::IssuingAuthorizationCardType> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut brand_slot,
                &mut cancellation_reason_slot,
                &mut cardholder_slot,
                &mut currency_slot,
                &mut exp_month_slot,
                &mut exp_year_slot,
                &mut first6_slot,
                &mut last4_slot,
                &mut metadata_slot,
                &mut status_slot,
                &mut type_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            brand: brand_slot,
            cancellation_reason: cancellation_reason_slot,
            cardholder: cardholder_slot,
            created: created_slot,
            currency: currency_slot,
            exp_month: exp_month_slot,
            exp_year: exp_year_slot,
            first6: first6_slot,
            last4: last4_slot,
            metadata: metadata_slot,
            status: status_slot,
            r#type: type_slot,
        })
    }
}

/// Why the card was canceled.
#[cfg(feature = "issuing_authorizations")]
#[derive(Clone)]
pub enum IssuingAuthorizationCardCancellationReason {
    /// `lost`
    Lost,
    /// `stolen`
    Stolen,
    /// `design_rejected`
    DesignRejected,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "issuing_authorizations")]
impl IssuingAuthorizationCardCancellationReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lost => "lost",
            Self::Stolen => "stolen",
            Self::DesignRejected => "design_rejected",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "issuing_authorizations")]
impl From<&str> for IssuingAuthorizationCardCancellationReason {
    fn from(value: &str) -> Self {
        match value {
            "lost" => Self::Lost,
            "stolen" => Self::Stolen,
            "design_rejected" => Self::DesignRejected,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "issuing_authorizations")]
string_enum_impls!(IssuingAuthorizationCardCancellationReason);

/// Whether the card can be used.
#[cfg(feature = "issuing_authorizations")]
#[derive(Clone)]
pub enum IssuingAuthorizationCardStatus {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// `canceled`
    Canceled,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "issuing_authorizations")]
impl IssuingAuthorizationCardStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Canceled => "canceled",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "issuing_authorizations")]
impl From<&str> for IssuingAuthorizationCardStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "canceled" => Self::Canceled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "issuing_authorizations")]
string_enum_impls!(IssuingAuthorizationCardStatus);

/// Kind of card.
#[cfg(feature = "issuing_authorizations")]
#[derive(Clone)]
pub enum IssuingAuthorizationCardType {
    /// `virtual`
    Virtual,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "issuing_authorizations")]
impl IssuingAuthorizationCardType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Virtual => "virtual",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "issuing_authorizations")]
impl From<&str> for IssuingAuthorizationCardType {
    fn from(value: &str) -> Self {
        match value {
            "virtual" => Self::Virtual,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "issuing_authorizations")]
string_enum_impls!(IssuingAuthorizationCardType);

/// The seller the card was used at.
#[cfg(feature = "issuing_authorizations")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct IssuingAuthorizationMerchantData {
    /// Merchant category code of the seller.
    pub category_code: Option<String>,
    /// Name of the seller.
    pub name: Option<String>,
}

#[cfg(feature = "issuing_authorizations")]
#[cfg(feature = "serialize")]
impl serde::Serialize for IssuingAuthorizationMerchantData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "IssuingAuthorizationMerchantData",
            &["category_code", "name"],
            &[true, true],
            &[],
            &[&self.category_code, &self.name],
        )
    }
}

#[cfg(feature = "issuing_authorizations")]
impl<'de> serde::Deserialize<'de> for IssuingAuthorizationMerchantData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "IssuingAuthorizationMerchantData",
            &["category_code", "name"],
        )
    }
}

#[cfg(feature = "issuing_authorizations")]
impl<'de> crate::object::FromObject<'de> for IssuingAuthorizationMerchantData {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut category_code_slot: Option<String> = None;
        let mut name_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut category_code_slot, &mut name_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            category_code: category_code_slot,
            name: name_slot,
        })
    }
}

/// One page of a list.
#[cfg(feature = "unreferenced_schemas")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct List {
    /// Always `list`.
    pub object: Option<String>,
    /// The path of this list.
    pub url: Option<String>,
    /// Whether more items follow this page.
    pub has_more: Option<bool>,
    /// The items of this page.
    pub data: Option<Vec<std::collections::BTreeMap<String, serde_json::Value>>>,
}

#[cfg(feature = "unreferenced_schemas")]
#[cfg(feature = "serialize")]
impl serde::Serialize for List {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "List",
            &["object", "url", "has_more", "data"],
            &[true, true, true, true],
            &[],
            &[&self.object, &self.url, &self.has_more, &self.data],
        )
    }
}

#[cfg(feature = "unreferenced_schemas")]
impl<'de> serde::Deserialize<'de> for List {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "List",
            &["object", "url", "has_more", "data"],
        )
    }
}

#[cfg(feature = "unreferenced_schemas")]
impl<'de> crate::object::FromObject<'de> for List {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut data_slot: Option<
            Vec<std::collections::BTreeMap<String, serde_json::Value>>,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut object_slot, &mut url_slot, &mut has_more_slot, &mut data_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            object: object_slot,
            url: url_slot,
            has_more: has_more_slot,
            data: data_slot,
        })
    }
}

/// The request body of `GET /v1/charges/list`.
#[cfg(feature = "charges")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListCharges {
    /// Only the charges of this customer.
    pub customer: Option<String>,
    /// Filter on the creation time.
    pub created: Option<crate::types::ListRequestCreated>,
    /// Cursor: the ID of the charge the page ends before.
    pub ending_before: Option<String>,
    /// Page size, 1 to 100 (default 10).
    pub limit: Option<i64>,
    /// Cursor: the ID of the charge the page starts after.
    pub starting_after: Option<String>,
}

#[cfg(feature = "charges")]
impl serde::Serialize for ListCharges {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListCharges",
            &["customer", "created", "ending_before", "limit", "starting_after"],
            &[true, true, true, true, true],
            &[],
            &[
                &self.customer,
                &self.created,
                &self.ending_before,
                &self.limit,
                &self.starting_after,
            ],
        )
    }
}

#[cfg(feature = "charges")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ListCharges {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListCharges",
            &["customer", "created", "ending_before", "limit", "starting_after"],
        )
    }
}

#[cfg(feature = "charges")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ListCharges {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut customer_slot: Option<String> = None;
        let mut created_slot: Option<crate::types::ListRequestCreated> = None;
        let mut ending_before_slot: Option<String> = None;
        let mut limit_slot: Option<i64> = None;
        let mut starting_after_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut customer_slot,
                &mut created_slot,
                &mut ending_before_slot,
                &mut limit_slot,
                &mut starting_after_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            customer: customer_slot,
            created: created_slot,
            ending_before: ending_before_slot,
            limit: limit_slot,
            starting_after: starting_after_slot,
        })
    }
}

/// The response of `GET /v1/charges/list`.
#[cfg(feature = "charges")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListChargesResponse {
    /// Always `list`.
    pub object: String,
    /// The path of this list.
    pub url: Option<String>,
    /// Whether more charges follow this page.
    pub has_more: Option<bool>,
    /// The charges of this page.
    pub data: Vec<crate::types::Charge>,
}

#[cfg(feature = "charges")]
impl ListChargesResponse {
    /// A `ListChargesResponse` with its required fields (`object`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(object: impl Into<String>, data: Vec<crate::types::Charge>) -> Self {
        Self {
            object: object.into(),
            url: None,
            has_more: None,
            data,
        }
    }
}

#[cfg(feature = "charges")]
#[cfg(feature = "serialize")]
impl serde::Serialize for ListChargesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListChargesResponse",
            &["object", "url", "has_more", "data"],
            &[false, true, true, false],
            &[&self.object, &self.data],
            &[&self.url, &self.has_more],
        )
    }
}

#[cfg(feature = "charges")]
impl<'de> serde::Deserialize<'de> for ListChargesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListChargesResponse",
            &["object", "data", "url", "has_more"],
        )
    }
}

#[cfg(feature = "charges")]
impl<'de> crate::object::FromObject<'de> for ListChargesResponse {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut data_slot: Option<Vec<crate::types::Charge>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot, &mut data_slot],
            &mut [&mut url_slot, &mut has_more_slot],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            object: object_slot,
            url: url_slot,
            has_more: has_more_slot,
            data: data_slot,
        })
    }
}

/// The request body of `GET /v1/checkout/sessions/list`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListCheckoutSessions {
    /// Filter on the creation time.
    pub created: Option<crate::types::ListRequestCreated>,
    /// Cursor: the ID of the object the page ends before.
    pub ending_before: Option<String>,
    /// Page size, 1 to 100 (default 10).
    pub limit: Option<i64>,
    /// Cursor: the ID of the object the page starts after.
    pub starting_after: Option<String>,
    /// Only the sessions of this customer.
    pub customer: Option<String>,
    /// Only the sessions of the customer with this email address.
    pub customer_details: Option<crate::types::ListCheckoutSessionsCustomerDetails>,
    /// Only the session of this PaymentIntent.
    pub payment_intent: Option<String>,
}

#[cfg(feature = "checkout_sessions")]
impl serde::Serialize for ListCheckoutSessions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListCheckoutSessions",
            &[
                "created",
                "ending_before",
                "limit",
                "starting_after",
                "customer",
                "customer_details",
                "payment_intent",
            ],
            &[true, true, true, true, true, true, true],
            &[],
            &[
                &self.created,
                &self.ending_before,
                &self.limit,
                &self.starting_after,
                &self.customer,
                &self.customer_details,
                &self.payment_intent,
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ListCheckoutSessions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListCheckoutSessions",
            &[
                "created",
                "ending_before",
                "limit",
                "starting_after",
                "customer",
                "customer_details",
                "payment_intent",
            ],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ListCheckoutSessions {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut created_slot: Option<crate::types::ListRequestCreated> = None;
        let mut ending_before_slot: Option<String> = None;
        let mut limit_slot: Option<i64> = None;
        let mut starting_after_slot: Option<String> = None;
        let mut customer_slot: Option<String> = None;
        let mut customer_details_slot: Option<
            crate::types::ListCheckoutSessionsCustomerDetails,
        > = None;
        let mut payment_intent_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut created_slot,
                &mut ending_before_slot,
                &mut limit_slot,
                &mut starting_after_slot,
                &mut customer_slot,
                &mut customer_details_slot,
                &mut payment_intent_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            created: created_slot,
            ending_before: ending_before_slot,
            limit: limit_slot,
            starting_after: starting_after_slot,
            customer: customer_slot,
            customer_details: customer_details_slot,
            payment_intent: payment_intent_slot,
        })
    }
}

/// Only the sessions of the customer with this email address.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListCheckoutSessionsCustomerDetails {
    /// Email address of the customer.
    pub email: String,
}

#[cfg(feature = "checkout_sessions")]
impl ListCheckoutSessionsCustomerDetails {
    /// A `ListCheckoutSessionsCustomerDetails` with its required fields (`email`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(email: impl Into<String>) -> Self {
        Self { email: email.into() }
    }
}

#[cfg(feature = "checkout_sessions")]
impl serde::Serialize for ListCheckoutSessionsCustomerDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListCheckoutSessionsCustomerDetails",
            &["email"],
            &[false],
            &[&self.email],
            &[],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ListCheckoutSessionsCustomerDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListCheckoutSessionsCustomerDetails",
            &["email"],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ListCheckoutSessionsCustomerDetails {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut email_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut email_slot],
            &mut [],
        ) {
            return Err(error);
        }
        let Some(email_slot) = email_slot else {
            return crate::object::missing("email");
        };
        Ok(Self { email: email_slot })
    }
}

/// The response of `GET /v1/checkout/sessions/list`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListCheckoutSessionsResponse {
    /// Always `list`.
    pub object: String,
    /// The path of this list.
    pub url: Option<String>,
    /// Whether more items follow this page.
    pub has_more: Option<bool>,
    /// The Checkout Sessions of this page.
    pub data: Vec<crate::types::CheckoutSession>,
}

#[cfg(feature = "checkout_sessions")]
impl ListCheckoutSessionsResponse {
    /// A `ListCheckoutSessionsResponse` with its required fields (`object`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        object: impl Into<String>,
        data: Vec<crate::types::CheckoutSession>,
    ) -> Self {
        Self {
            object: object.into(),
            url: None,
            has_more: None,
            data,
        }
    }
}

#[cfg(feature = "checkout_sessions")]
#[cfg(feature = "serialize")]
impl serde::Serialize for ListCheckoutSessionsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListCheckoutSessionsResponse",
            &["object", "url", "has_more", "data"],
            &[false, true, true, false],
            &[&self.object, &self.data],
            &[&self.url, &self.has_more],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> serde::Deserialize<'de> for ListCheckoutSessionsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListCheckoutSessionsResponse",
            &["object", "data", "url", "has_more"],
        )
    }
}

#[cfg(feature = "checkout_sessions")]
impl<'de> crate::object::FromObject<'de> for ListCheckoutSessionsResponse {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut data_slot: Option<Vec<crate::types::CheckoutSession>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot, &mut data_slot],
            &mut [&mut url_slot, &mut has_more_slot],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            object: object_slot,
            url: url_slot,
            has_more: has_more_slot,
            data: data_slot,
        })
    }
}

/// Query and header parameters of [`list_customers`](crate::resources).
#[cfg(feature = "payment_methods")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListCustomerPaymentMethods {
    /// Only payment methods of this type (`card` in the page's example).
    pub r#type: Option<String>,
    /// Page size, 1 to 100 (default 10); a string of digits on the page.
    pub limit: Option<String>,
    /// Cursor: the ID of the payment method the page ends before (inferred).
    pub ending_before: Option<String>,
    /// Cursor: the ID of the payment method the page starts after (inferred).
    pub starting_after: Option<String>,
}

#[cfg(feature = "payment_methods")]
impl serde::Serialize for ListCustomerPaymentMethods {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListCustomerPaymentMethods",
            &["type", "limit", "ending_before", "starting_after"],
            &[true, true, true, true],
            &[],
            &[&self.r#type, &self.limit, &self.ending_before, &self.starting_after],
        )
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ListCustomerPaymentMethods {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListCustomerPaymentMethods",
            &["type", "limit", "ending_before", "starting_after"],
        )
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ListCustomerPaymentMethods {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_slot: Option<String> = None;
        let mut limit_slot: Option<String> = None;
        let mut ending_before_slot: Option<String> = None;
        let mut starting_after_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut type_slot,
                &mut limit_slot,
                &mut ending_before_slot,
                &mut starting_after_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            r#type: type_slot,
            limit: limit_slot,
            ending_before: ending_before_slot,
            starting_after: starting_after_slot,
        })
    }
}

/// The request body of `GET /v1/disputes/list`.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListDisputes {
    /// Only return disputes associated to the charge specified by this charge ID.
    pub charge: Option<String>,
    /// Only return disputes associated to the PaymentIntent specified by this PaymentIntent ID.
    pub payment_intent: Option<String>,
    /// Only return disputes that were created during the given date interval (Unix timestamps in seconds).
    pub created: Option<crate::types::ListDisputesCreated>,
    /// A cursor for use in pagination. ending_before is an object ID that defines your place in the list.
    pub ending_before: Option<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    pub limit: Option<i64>,
    /// A cursor for use in pagination. starting_after is an object ID that defines your place in the list.
    pub starting_after: Option<String>,
}

#[cfg(feature = "disputes")]
impl serde::Serialize for ListDisputes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListDisputes",
            &[
                "charge",
                "payment_intent",
                "created",
                "ending_before",
                "limit",
                "starting_after",
            ],
            &[true, true, true, true, true, true],
            &[],
            &[
                &self.charge,
                &self.payment_intent,
                &self.created,
                &self.ending_before,
                &self.limit,
                &self.starting_after,
            ],
        )
    }
}

#[cfg(feature = "disputes")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ListDisputes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListDisputes",
            &[
                "charge",
                "payment_intent",
                "created",
                "ending_before",
                "limit",
                "starting_after",
            ],
        )
    }
}

#[cfg(feature = "disputes")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ListDisputes {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut charge_slot: Option<String> = None;
        let mut payment_intent_slot: Option<String> = None;
        let mut created_slot: Option<crate::types::ListDisputesCreated> = None;
        let mut ending_before_slot: Option<String> = None;
        let mut limit_slot: Option<i64> = None;
        let mut starting_after_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut charge_slot,
                &mut payment_intent_slot,
                &mut created_slot,
                &mut ending_before_slot,
                &mut limit_slot,
                &mut starting_after_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            charge: charge_slot,
            payment_intent: payment_intent_slot,
            created: created_slot,
            ending_before: ending_before_slot,
            limit: limit_slot,
            starting_after: starting_after_slot,
        })
    }
}

/// Only return disputes that were created during the given date interval (Unix timestamps in seconds).
#[cfg(feature = "disputes")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListDisputesCreated {
    /// Minimum value to filter by (exclusive).
    pub gt: Option<i64>,
    /// Minimum value to filter by (inclusive).
    pub gte: Option<i64>,
    /// Maximum value to filter by (exclusive).
    pub lt: Option<i64>,
    /// Maximum value to filter by (inclusive).
    pub lte: Option<i64>,
}

#[cfg(feature = "disputes")]
impl serde::Serialize for ListDisputesCreated {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListDisputesCreated",
            &["gt", "gte", "lt", "lte"],
            &[true, true, true, true],
            &[],
            &[&self.gt, &self.gte, &self.lt, &self.lte],
        )
    }
}

#[cfg(feature = "disputes")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ListDisputesCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListDisputesCreated",
            &["gt", "gte", "lt", "lte"],
        )
    }
}

#[cfg(feature = "disputes")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ListDisputesCreated {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut gt_slot: Option<i64> = None;
        let mut gte_slot: Option<i64> = None;
        let mut lt_slot: Option<i64> = None;
        let mut lte_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut gt_slot, &mut gte_slot, &mut lt_slot, &mut lte_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            gt: gt_slot,
            gte: gte_slot,
            lt: lt_slot,
            lte: lte_slot,
        })
    }
}

/// The response of `GET /v1/disputes/list`.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListDisputesResponse {
    /// String representing the object's type. Always "list".
    pub object: String,
    /// The URL where this list can be accessed.
    pub url: String,
    /// Whether there are more disputes after this page.
    pub has_more: bool,
    /// The disputes of this page.
    pub data: Vec<crate::types::Dispute>,
}

#[cfg(feature = "disputes")]
impl ListDisputesResponse {
    /// A `ListDisputesResponse` with its required fields (`object`, `url`, `has_more`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        object: impl Into<String>,
        url: impl Into<String>,
        has_more: bool,
        data: Vec<crate::types::Dispute>,
    ) -> Self {
        Self {
            object: object.into(),
            url: url.into(),
            has_more,
            data,
        }
    }
}

#[cfg(feature = "disputes")]
#[cfg(feature = "serialize")]
impl serde::Serialize for ListDisputesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListDisputesResponse",
            &["object", "url", "has_more", "data"],
            &[false, false, false, false],
            &[&self.object, &self.url, &self.has_more, &self.data],
            &[],
        )
    }
}

#[cfg(feature = "disputes")]
impl<'de> serde::Deserialize<'de> for ListDisputesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListDisputesResponse",
            &["object", "url", "has_more", "data"],
        )
    }
}

#[cfg(feature = "disputes")]
impl<'de> crate::object::FromObject<'de> for ListDisputesResponse {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut data_slot: Option<Vec<crate::types::Dispute>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot, &mut url_slot, &mut has_more_slot, &mut data_slot],
            &mut [],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(url_slot) = url_slot else {
            return crate::object::missing("url");
        };
        let Some(has_more_slot) = has_more_slot else {
            return crate::object::missing("has_more");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            object: object_slot,
            url: url_slot,
            has_more: has_more_slot,
            data: data_slot,
        })
    }
}

/// Query and header parameters of [`list`](crate::resources).
#[cfg(feature = "invoices")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListInvoices {
    /// Only the invoices of this customer (its ID).
    pub customer: Option<String>,
    /// Only the invoices of this subscription (its ID).
    pub subscription: Option<String>,
    /// Page size, 1 to 100 (default 10).
    pub limit: Option<i64>,
    /// Cursor: the ID of the invoice the page ends before.
    pub ending_before: Option<String>,
    /// Cursor: the ID of the invoice the page starts after.
    pub starting_after: Option<String>,
}

#[cfg(feature = "invoices")]
impl serde::Serialize for ListInvoices {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListInvoices",
            &["customer", "subscription", "limit", "ending_before", "starting_after"],
            &[true, true, true, true, true],
            &[],
            &[
                &self.customer,
                &self.subscription,
                &self.limit,
                &self.ending_before,
                &self.starting_after,
            ],
        )
    }
}

#[cfg(feature = "invoices")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ListInvoices {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListInvoices",
            &["customer", "subscription", "limit", "ending_before", "starting_after"],
        )
    }
}

#[cfg(feature = "invoices")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ListInvoices {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut customer_slot: Option<String> = None;
        let mut subscription_slot: Option<String> = None;
        let mut limit_slot: Option<i64> = None;
        let mut ending_before_slot: Option<String> = None;
        let mut starting_after_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut customer_slot,
                &mut subscription_slot,
                &mut limit_slot,
                &mut ending_before_slot,
                &mut starting_after_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            customer: customer_slot,
            subscription: subscription_slot,
            limit: limit_slot,
            ending_before: ending_before_slot,
            starting_after: starting_after_slot,
        })
    }
}

/// The response of `GET /v1/invoices`.
#[cfg(feature = "invoices")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListInvoicesResponse {
    /// Always `list`.
    pub object: String,
    /// The path of this list.
    pub url: Option<String>,
    /// Whether more items follow this page.
    pub has_more: Option<bool>,
    /// The invoices of this page.
    pub data: Vec<crate::types::Invoice>,
}

#[cfg(feature = "invoices")]
impl ListInvoicesResponse {
    /// A `ListInvoicesResponse` with its required fields (`object`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(object: impl Into<String>, data: Vec<crate::types::Invoice>) -> Self {
        Self {
            object: object.into(),
            url: None,
            has_more: None,
            data,
        }
    }
}

#[cfg(feature = "invoices")]
#[cfg(feature = "serialize")]
impl serde::Serialize for ListInvoicesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListInvoicesResponse",
            &["object", "url", "has_more", "data"],
            &[false, true, true, false],
            &[&self.object, &self.data],
            &[&self.url, &self.has_more],
        )
    }
}

#[cfg(feature = "invoices")]
impl<'de> serde::Deserialize<'de> for ListInvoicesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListInvoicesResponse",
            &["object", "data", "url", "has_more"],
        )
    }
}

#[cfg(feature = "invoices")]
impl<'de> crate::object::FromObject<'de> for ListInvoicesResponse {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut data_slot: Option<Vec<crate::types::Invoice>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot, &mut data_slot],
            &mut [&mut url_slot, &mut has_more_slot],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            object: object_slot,
            url: url_slot,
            has_more: has_more_slot,
            data: data_slot,
        })
    }
}

/// Query and header parameters of [`list`](crate::resources).
#[cfg(feature = "issuing_authorizations")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListIssuingAuthorizations {
    /// Only the authorizations of this card.
    pub card: Option<String>,
    /// Only the authorizations of this cardholder.
    pub cardholder: Option<String>,
    /// Only the authorizations in this status.
    pub status: Option<String>,
    /// Created after this time.
    pub created_gt: Option<String>,
    /// Created at or after this time.
    pub created_gte: Option<String>,
    /// Created before this time.
    pub created_lt: Option<String>,
    /// Created at or before this time.
    pub created_lte: Option<String>,
    /// Cursor: the ID of the authorization the page ends before.
    pub ending_before: Option<String>,
    /// Cursor: the ID of the authorization the page starts after.
    pub starting_after: Option<String>,
    /// Page size, 1 to 100 (default 10).
    pub limit: Option<String>,
}

#[cfg(feature = "issuing_authorizations")]
impl serde::Serialize for ListIssuingAuthorizations {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListIssuingAuthorizations",
            &[
                "card",
                "cardholder",
                "status",
                "created[gt]",
                "created[gte]",
                "created[lt]",
                "created[lte]",
                "ending_before",
                "starting_after",
                "limit",
            ],
            &[true, true, true, true, true, true, true, true, true, true],
            &[],
            &[
                &self.card,
                &self.cardholder,
                &self.status,
                &self.created_gt,
                &self.created_gte,
                &self.created_lt,
                &self.created_lte,
                &self.ending_before,
                &self.starting_after,
                &self.limit,
            ],
        )
    }
}

#[cfg(feature = "issuing_authorizations")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ListIssuingAuthorizations {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListIssuingAuthorizations",
            &[
                "card",
                "cardholder",
                "status",
                "created[gt]",
                "created[gte]",
                "created[lt]",
                "created[lte]",
                "ending_before",
                "starting_after",
                "limit",
            ],
        )
    }
}

#[cfg(feature = "issuing_authorizations")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ListIssuingAuthorizations {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut card_slot: Option<String> = None;
        let mut cardholder_slot: Option<String> = None;
        let mut status_slot: Option<String> = None;
        let mut created_gt_slot: Option<String> = None;
        let mut created_gte_slot: Option<String> = None;
        let mut created_lt_slot: Option<String> = None;
        let mut created_lte_slot: Option<String> = None;
        let mut ending_before_slot: Option<String> = None;
        let mut starting_after_slot: Option<String> = None;
        let mut limit_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut card_slot,
                &mut cardholder_slot,
                &mut status_slot,
                &mut created_gt_slot,
                &mut created_gte_slot,
                &mut created_lt_slot,
                &mut created_lte_slot,
                &mut ending_before_slot,
                &mut starting_after_slot,
                &mut limit_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            card: card_slot,
            cardholder: cardholder_slot,
            status: status_slot,
            created_gt: created_gt_slot,
            created_gte: created_gte_slot,
            created_lt: created_lt_slot,
            created_lte: created_lte_slot,
            ending_before: ending_before_slot,
            starting_after: starting_after_slot,
            limit: limit_slot,
        })
    }
}

/// The response of `GET /v1/issuing/authorizations`.
#[cfg(feature = "issuing_authorizations")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListIssuingAuthorizationsResponse {
    /// Always `list`.
    pub object: String,
    /// The path of this list.
    pub url: Option<String>,
    /// Whether more authorizations follow this page.
    pub has_more: Option<bool>,
    /// The authorizations of this page.
    pub data: Vec<crate::types::IssuingAuthorization>,
}

#[cfg(feature = "issuing_authorizations")]
impl ListIssuingAuthorizationsResponse {
    /// A `ListIssuingAuthorizationsResponse` with its required fields (`object`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        object: impl Into<String>,
        data: Vec<crate::types::IssuingAuthorization>,
    ) -> Self {
        Self {
            object: object.into(),
            url: None,
            has_more: None,
            data,
        }
    }
}

#[cfg(feature = "issuing_authorizations")]
#[cfg(feature = "serialize")]
impl serde::Serialize for ListIssuingAuthorizationsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListIssuingAuthorizationsResponse",
            &["object", "url", "has_more", "data"],
            &[false, true, true, false],
            &[&self.object, &self.data],
            &[&self.url, &self.has_more],
        )
    }
}

#[cfg(feature = "issuing_authorizations")]
impl<'de> serde::Deserialize<'de> for ListIssuingAuthorizationsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListIssuingAuthorizationsResponse",
            &["object", "data", "url", "has_more"],
        )
    }
}

#[cfg(feature = "issuing_authorizations")]
impl<'de> crate::object::FromObject<'de> for ListIssuingAuthorizationsResponse {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut data_slot: Option<Vec<crate::types::IssuingAuthorization>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot, &mut data_slot],
            &mut [&mut url_slot, &mut has_more_slot],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            object: object_slot,
            url: url_slot,
            has_more: has_more_slot,
            data: data_slot,
        })
    }
}

/// The request body of `GET /v1/payment_links`.
#[cfg(feature = "payment_links")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListPaymentLinks {
    /// Cursor: the ID of the object the page ends before.
    pub ending_before: Option<String>,
    /// Page size, 1 to 100 (default 10).
    pub limit: Option<i64>,
    /// Cursor: the ID of the object the page starts after.
    pub starting_after: Option<String>,
    /// Only the links that are active (true) or inactive (false).
    pub active: Option<bool>,
}

#[cfg(feature = "payment_links")]
impl serde::Serialize for ListPaymentLinks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListPaymentLinks",
            &["ending_before", "limit", "starting_after", "active"],
            &[true, true, true, true],
            &[],
            &[&self.ending_before, &self.limit, &self.starting_after, &self.active],
        )
    }
}

#[cfg(feature = "payment_links")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ListPaymentLinks {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListPaymentLinks",
            &["ending_before", "limit", "starting_after", "active"],
        )
    }
}

#[cfg(feature = "payment_links")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ListPaymentLinks {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut ending_before_slot: Option<String> = None;
        let mut limit_slot: Option<i64> = None;
        let mut starting_after_slot: Option<String> = None;
        let mut active_slot: Option<bool> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut ending_before_slot,
                &mut limit_slot,
                &mut starting_after_slot,
                &mut active_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            ending_before: ending_before_slot,
            limit: limit_slot,
            starting_after: starting_after_slot,
            active: active_slot,
        })
    }
}

/// The response of `GET /v1/payment_links`.
#[cfg(feature = "payment_links")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListPaymentLinksResponse {
    /// Always `list`.
    pub object: String,
    /// The path of this list.
    pub url: Option<String>,
    /// Whether more items follow this page.
    pub has_more: Option<bool>,
    /// The payment links of this page.
    pub data: Vec<crate::types::PaymentLink>,
}

#[cfg(feature = "payment_links")]
impl ListPaymentLinksResponse {
    /// A `ListPaymentLinksResponse` with its required fields (`object`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(object: impl Into<String>, data: Vec<crate::types::PaymentLink>) -> Self {
        Self {
            object: object.into(),
            url: None,
            has_more: None,
            data,
        }
    }
}

#[cfg(feature = "payment_links")]
#[cfg(feature = "serialize")]
impl serde::Serialize for ListPaymentLinksResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListPaymentLinksResponse",
            &["object", "url", "has_more", "data"],
            &[false, true, true, false],
            &[&self.object, &self.data],
            &[&self.url, &self.has_more],
        )
    }
}

#[cfg(feature = "payment_links")]
impl<'de> serde::Deserialize<'de> for ListPaymentLinksResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListPaymentLinksResponse",
            &["object", "data", "url", "has_more"],
        )
    }
}

#[cfg(feature = "payment_links")]
impl<'de> crate::object::FromObject<'de> for ListPaymentLinksResponse {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut data_slot: Option<Vec<crate::types::PaymentLink>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot, &mut data_slot],
            &mut [&mut url_slot, &mut has_more_slot],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            object: object_slot,
            url: url_slot,
            has_more: has_more_slot,
            data: data_slot,
        })
    }
}

/// Query and header parameters of [`list`](crate::resources).
#[cfg(feature = "payment_methods")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListPaymentMethods {
    /// Only the payment methods saved to this customer (from integration code).
    pub customer: Option<String>,
    /// Only payment methods of this type, e.g. `card` (from integration code).
    pub r#type: Option<String>,
    /// Cursor: the ID of the payment method the page ends before (inferred).
    pub ending_before: Option<String>,
    /// Page size, 1 to 100 (default 10; inferred).
    pub limit: Option<i64>,
    /// Cursor: the ID of the payment method the page starts after (inferred).
    pub starting_after: Option<String>,
}

#[cfg(feature = "payment_methods")]
impl serde::Serialize for ListPaymentMethods {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListPaymentMethods",
            &["customer", "type", "ending_before", "limit", "starting_after"],
            &[true, true, true, true, true],
            &[],
            &[
                &self.customer,
                &self.r#type,
                &self.ending_before,
                &self.limit,
                &self.starting_after,
            ],
        )
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ListPaymentMethods {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListPaymentMethods",
            &["customer", "type", "ending_before", "limit", "starting_after"],
        )
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ListPaymentMethods {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut customer_slot: Option<String> = None;
        let mut type_slot: Option<String> = None;
        let mut ending_before_slot: Option<String> = None;
        let mut limit_slot: Option<i64> = None;
        let mut starting_after_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut customer_slot,
                &mut type_slot,
                &mut ending_before_slot,
                &mut limit_slot,
                &mut starting_after_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            customer: customer_slot,
            r#type: type_slot,
            ending_before: ending_before_slot,
            limit: limit_slot,
            starting_after: starting_after_slot,
        })
    }
}

/// Filters and cursors of a list request, sent as a JSON body.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListRequest {
    /// Filter on the creation time.
    pub created: Option<crate::types::ListRequestCreated>,
    /// Cursor: the ID of the object the page ends before.
    pub ending_before: Option<String>,
    /// Page size, 1 to 100 (default 10).
    pub limit: Option<i64>,
    /// Cursor: the ID of the object the page starts after.
    pub starting_after: Option<String>,
}

#[cfg(feature = "payment_intents")]
impl serde::Serialize for ListRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListRequest",
            &["created", "ending_before", "limit", "starting_after"],
            &[true, true, true, true],
            &[],
            &[&self.created, &self.ending_before, &self.limit, &self.starting_after],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ListRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListRequest",
            &["created", "ending_before", "limit", "starting_after"],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ListRequest {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut created_slot: Option<crate::types::ListRequestCreated> = None;
        let mut ending_before_slot: Option<String> = None;
        let mut limit_slot: Option<i64> = None;
        let mut starting_after_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut created_slot,
                &mut ending_before_slot,
                &mut limit_slot,
                &mut starting_after_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            created: created_slot,
            ending_before: ending_before_slot,
            limit: limit_slot,
            starting_after: starting_after_slot,
        })
    }
}

/// Filter on the creation time.
///
/// Also used at `#/components/schemas/List Request/properties/created`, `#/paths/~1v1~1charges~1list/get/requestBody/content/application~1json/schema/properties/created`, `#/paths/~1v1~1checkout~1sessions~1list/get/requestBody/content/application~1json/schema/properties/created`.
#[cfg(
    any(feature = "charges", feature = "checkout_sessions", feature = "payment_intents")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListRequestCreated {
    /// Created after this time.
    pub gt: Option<String>,
    /// Created at or after this time.
    pub gte: Option<String>,
    /// Created before this time.
    pub lt: Option<String>,
    /// Created at or before this time.
    pub lte: Option<String>,
}

#[cfg(
    any(feature = "charges", feature = "checkout_sessions", feature = "payment_intents")
)]
impl serde::Serialize for ListRequestCreated {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListRequestCreated",
            &["gt", "gte", "lt", "lte"],
            &[true, true, true, true],
            &[],
            &[&self.gt, &self.gte, &self.lt, &self.lte],
        )
    }
}

#[cfg(
    any(feature = "charges", feature = "checkout_sessions", feature = "payment_intents")
)]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ListRequestCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListRequestCreated",
            &["gt", "gte", "lt", "lte"],
        )
    }
}

#[cfg(
    any(feature = "charges", feature = "checkout_sessions", feature = "payment_intents")
)]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ListRequestCreated {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut gt_slot: Option<String> = None;
        let mut gte_slot: Option<String> = None;
        let mut lt_slot: Option<String> = None;
        let mut lte_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut gt_slot, &mut gte_slot, &mut lt_slot, &mut lte_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            gt: gt_slot,
            gte: gte_slot,
            lt: lt_slot,
            lte: lte_slot,
        })
    }
}

/// Also used at `#/paths/~1v1~1payment_links~1{id}~1line_items/get/requestBody/content/application~1json/schema`, `#/paths/~1v1~1webhook_endpoints/get/parameters`.
#[cfg(any(feature = "payment_links", feature = "webhook_endpoints"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListWebhooks {
    /// Cursor: the ID of the line the page ends before.
    pub ending_before: Option<String>,
    /// Page size, 1 to 100 (default 10).
    pub limit: Option<i64>,
    /// Cursor: the ID of the line the page starts after.
    pub starting_after: Option<String>,
}

#[cfg(any(feature = "payment_links", feature = "webhook_endpoints"))]
impl serde::Serialize for ListWebhooks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListWebhooks",
            &["ending_before", "limit", "starting_after"],
            &[true, true, true],
            &[],
            &[&self.ending_before, &self.limit, &self.starting_after],
        )
    }
}

#[cfg(any(feature = "payment_links", feature = "webhook_endpoints"))]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ListWebhooks {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListWebhooks",
            &["ending_before", "limit", "starting_after"],
        )
    }
}

#[cfg(any(feature = "payment_links", feature = "webhook_endpoints"))]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ListWebhooks {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut ending_before_slot: Option<String> = None;
        let mut limit_slot: Option<i64> = None;
        let mut starting_after_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut ending_before_slot, &mut limit_slot, &mut starting_after_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            ending_before: ending_before_slot,
            limit: limit_slot,
            starting_after: starting_after_slot,
        })
    }
}

/// The response of `GET /v1/webhook_endpoints`.
#[cfg(feature = "webhook_endpoints")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ListWebhooksResponse {
    /// Always `list`.
    pub object: String,
    /// The path of this list.
    pub url: Option<String>,
    /// Whether more items follow this page.
    pub has_more: Option<bool>,
    /// The webhook endpoints of this page.
    pub data: Vec<crate::types::WebhookEndpoint>,
}

#[cfg(feature = "webhook_endpoints")]
impl ListWebhooksResponse {
    /// A `ListWebhooksResponse` with its required fields (`object`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        object: impl Into<String>,
        data: Vec<crate::types::WebhookEndpoint>,
    ) -> Self {
        Self {
            object: object.into(),
            url: None,
            has_more: None,
            data,
        }
    }
}

#[cfg(feature = "webhook_endpoints")]
#[cfg(feature = "serialize")]
impl serde::Serialize for ListWebhooksResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ListWebhooksResponse",
            &["object", "url", "has_more", "data"],
            &[false, true, true, false],
            &[&self.object, &self.data],
            &[&self.url, &self.has_more],
        )
    }
}

#[cfg(feature = "webhook_endpoints")]
impl<'de> serde::Deserialize<'de> for ListWebhooksResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ListWebhooksResponse",
            &["object", "data", "url", "has_more"],
        )
    }
}

#[cfg(feature = "webhook_endpoints")]
impl<'de> crate::object::FromObject<'de> for ListWebhooksResponse {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut data_slot: Option<Vec<crate::types::WebhookEndpoint>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot, &mut data_slot],
            &mut [&mut url_slot, &mut has_more_slot],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            object: object_slot,
            url: url_slot,
            has_more: has_more_slot,
            data: data_slot,
        })
    }
}

/// Next Action
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct NextAction {
    /// Kind of action: `challenge_redirect` in the guides' examples; integration code reads `redirect_to_url`.
    pub r#type: Option<String>,
    /// A page the customer is sent to (3D Secure challenge).
    pub challenge_redirect: Option<crate::types::NextActionRedirect>,
    /// A page the customer is sent to, for redirect payment methods (read by integration code: `next_action.redirect_to_url.url`).
    pub redirect_to_url: Option<crate::types::NextActionRedirect>,
    /// A device data collection page for 3D Secure (the Direct API guide's 3DS example; the excerpt ends at `return`, so both fields are inferred from the other redirects).
    pub ddc_redirect: Option<crate::types::NextActionRedirect>,
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "serialize")]
impl serde::Serialize for NextAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "NextAction",
            &["type", "challenge_redirect", "redirect_to_url", "ddc_redirect"],
            &[true, true, true, true],
            &[],
            &[
                &self.r#type,
                &self.challenge_redirect,
                &self.redirect_to_url,
                &self.ddc_redirect,
            ],
        )
    }
}

#[cfg(feature = "payment_intents")]
impl<'de> serde::Deserialize<'de> for NextAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "NextAction",
            &["type", "challenge_redirect", "redirect_to_url", "ddc_redirect"],
        )
    }
}

#[cfg(feature = "payment_intents")]
impl<'de> crate::object::FromObject<'de> for NextAction {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_slot: Option<String> = None;
        let mut challenge_redirect_slot: Option<crate::types::NextActionRedirect> = None;
        let mut redirect_to_url_slot: Option<crate::types::NextActionRedirect> = None;
        let mut ddc_redirect_slot: Option<crate::types::NextActionRedirect> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut type_slot,
                &mut challenge_redirect_slot,
                &mut redirect_to_url_slot,
                &mut ddc_redirect_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            r#type: type_slot,
            challenge_redirect: challenge_redirect_slot,
            redirect_to_url: redirect_to_url_slot,
            ddc_redirect: ddc_redirect_slot,
        })
    }
}

/// A page the customer is sent to (3D Secure challenge).
///
/// Also used at `#/components/schemas/Payment Intent/properties/next_action/anyOf/0/properties/challenge_redirect`, `#/components/schemas/Payment Intent/properties/next_action/anyOf/0/properties/redirect_to_url`, `#/components/schemas/Payment Intent/properties/next_action/anyOf/0/properties/ddc_redirect`, `#/components/schemas/Setup Intent/properties/next_action/properties/challenge_redirect`.
#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct NextActionRedirect {
    /// Page to send the customer to.
    pub url: Option<String>,
    /// Where the customer comes back to afterwards.
    pub return_url: Option<String>,
}

#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
#[cfg(feature = "serialize")]
impl serde::Serialize for NextActionRedirect {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "NextActionRedirect",
            &["url", "return_url"],
            &[true, true],
            &[],
            &[&self.url, &self.return_url],
        )
    }
}

#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
impl<'de> serde::Deserialize<'de> for NextActionRedirect {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "NextActionRedirect",
            &["url", "return_url"],
        )
    }
}

#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
impl<'de> crate::object::FromObject<'de> for NextActionRedirect {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut url_slot: Option<String> = None;
        let mut return_url_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut url_slot, &mut return_url_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            url: url_slot,
            return_url: return_url_slot,
        })
    }
}

/// The `Payment Intent` schema of the API.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentIntent {
    /// Identifier of the PaymentIntent (`pi_...`).
    pub id: String,
    /// Always `payment_intent`.
    pub object: String,
    /// Creation time, in milliseconds since the Unix epoch (as every example gives it, e.g. 1666338934000).
    pub created: i64,
    /// Three-letter ISO currency code (upper case in the examples).
    pub currency: String,
    /// Amount to collect, in the smallest unit of the currency.
    pub amount: i64,
    /// Where the payment stands.
    pub status: Option<crate::types::PaymentIntentStatus>,
    /// Free text shown with the payment.
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// Shipping details of the order.
    pub shipping: Option<crate::types::Shipping>,
    /// ID of the customer the payment belongs to.
    pub customer: Option<String>,
    /// Number of items paid for.
    pub quantity: Option<i64>,
    /// ID of the invoice that created this PaymentIntent.
    pub invoice: Option<String>,
    /// The merchant's own ID of the paying user (WooshPay-specific).
    pub merchant_user_id: Option<String>,
    /// The merchant's own order ID (WooshPay-specific); searchable.
    pub merchant_order_id: Option<String>,
    /// Secret handed to the front end to complete the payment there.
    pub client_secret: Option<String>,
    /// The error of the last failed attempt (its fields are not shown on the pages).
    pub last_payment_error: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// What the customer must do next (a redirect for 3D Secure). The examples show an object, an empty string, or the object encoded as a JSON string.
    pub next_action: Option<crate::types::PaymentIntentNextAction>,
    /// Payment method types allowed for this payment: a list, or (in the retrieve example) the list encoded as a JSON string.
    pub payment_method_types: Option<crate::types::PaymentIntentPaymentMethodTypes>,
    /// Email address the receipt is sent to.
    pub receipt_email: Option<String>,
    /// When the PaymentIntent is canceled if unpaid (an empty string in every example, so its unit is not shown).
    pub cancel_at: Option<String>,
    /// Why the PaymentIntent was canceled.
    pub cancellation_reason: Option<String>,
    /// How the PaymentIntent is confirmed (`automatic`).
    pub confirmation_method: Option<String>,
    /// Per-method options: an object, or (in the retrieve example) that object encoded as a JSON string.
    pub payment_method_options: Option<crate::types::PaymentIntentPaymentMethodOptions>,
    /// Outcome of 3D Secure authentication (values not shown on the pages).
    pub three_d_secure_status: Option<String>,
    /// Amount that can still be captured.
    pub amount_capturable: Option<i64>,
    /// Where the customer returns after authenticating.
    pub return_url: Option<String>,
    /// ID of the payment method used.
    pub payment_method: Option<String>,
    /// Amount received so far.
    pub amount_received: Option<i64>,
    /// `automatic`, or `manual` to authorize now and capture later.
    pub capture_method: Option<crate::types::CaptureMethod>,
    /// Text on the customer's statement.
    pub statement_descriptor: Option<String>,
    /// Suffix appended to the account's statement text.
    pub statement_descriptor_suffix: Option<String>,
}

#[cfg(feature = "payment_intents")]
impl PaymentIntent {
    /// A `PaymentIntent` with its required fields (`id`, `object`, `created`, `currency`, `amount`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        object: impl Into<String>,
        created: i64,
        currency: impl Into<String>,
        amount: i64,
    ) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            created,
            currency: currency.into(),
            amount,
            status: None,
            description: None,
            metadata: None,
            livemode: None,
            shipping: None,
            customer: None,
            quantity: None,
            invoice: None,
            merchant_user_id: None,
            merchant_order_id: None,
            client_secret: None,
            last_payment_error: None,
            next_action: None,
            payment_method_types: None,
            receipt_email: None,
            cancel_at: None,
            cancellation_reason: None,
            confirmation_method: None,
            payment_method_options: None,
            three_d_secure_status: None,
            amount_capturable: None,
            return_url: None,
            payment_method: None,
            amount_received: None,
            capture_method: None,
            statement_descriptor: None,
            statement_descriptor_suffix: None,
        }
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "serialize")]
impl serde::Serialize for PaymentIntent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentIntent",
            &[
                "id",
                "object",
                "created",
                "currency",
                "amount",
                "status",
                "description",
                "metadata",
                "livemode",
                "shipping",
                "customer",
                "quantity",
                "invoice",
                "merchant_user_id",
                "merchant_order_id",
                "client_secret",
                "last_payment_error",
                "next_action",
                "payment_method_types",
                "receipt_email",
                "cancel_at",
                "cancellation_reason",
                "confirmation_method",
                "payment_method_options",
                "3ds_status",
                "amount_capturable",
                "return_url",
                "payment_method",
                "amount_received",
                "capture_method",
                "statement_descriptor",
                "statement_descriptor_suffix",
            ],
            &[
                false, false, false, false, false, true, true, true, true, true, true,
                true, true, true, true, true, true, true, true, true, true, true, true,
                true, true, true, true, true, true, true, true, true,
            ],
            &[&self.id, &self.object, &self.created, &self.currency, &self.amount],
            &[
                &self.status,
                &self.description,
                &self.metadata,
                &self.livemode,
                &self.shipping,
                &self.customer,
                &self.quantity,
                &self.invoice,
                &self.merchant_user_id,
                &self.merchant_order_id,
                &self.client_secret,
                &self.last_payment_error,
                &self.next_action,
                &self.payment_method_types,
                &self.receipt_email,
                &self.cancel_at,
                &self.cancellation_reason,
                &self.confirmation_method,
                &self.payment_method_options,
                &self.three_d_secure_status,
                &self.amount_capturable,
                &self.return_url,
                &self.payment_method,
                &self.amount_received,
                &self.capture_method,
                &self.statement_descriptor,
                &self.statement_descriptor_suffix,
            ],
        )
    }
}

#[cfg(feature = "payment_intents")]
impl<'de> serde::Deserialize<'de> for PaymentIntent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentIntent",
            &[
                "id",
                "object",
                "created",
                "currency",
                "amount",
                "status",
                "description",
                "metadata",
                "livemode",
                "shipping",
                "customer",
                "quantity",
                "invoice",
                "merchant_user_id",
                "merchant_order_id",
                "client_secret",
                "last_payment_error",
                "next_action",
                "payment_method_types",
                "receipt_email",
                "cancel_at",
                "cancellation_reason",
                "confirmation_method",
                "payment_method_options",
                "3ds_status",
                "amount_capturable",
                "return_url",
                "payment_method",
                "amount_received",
                "capture_method",
                "statement_descriptor",
                "statement_descriptor_suffix",
            ],
        )
    }
}

#[cfg(feature = "payment_intents")]
impl<'de> crate::object::FromObject<'de> for PaymentIntent {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut currency_slot: Option<String> = None;
        let mut amount_slot: Option<i64> = None;
        let mut status_slot: Option<crate::types::PaymentIntentStatus> = None;
        let mut description_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut livemode_slot: Option<bool> = None;
        let mut shipping_slot: Option<crate::types::Shipping> = None;
        let mut customer_slot: Option<String> = None;
        let mut quantity_slot: Option<i64> = None;
        let mut invoice_slot: Option<String> = None;
        let mut merchant_user_id_slot: Option<String> = None;
        let mut merchant_order_id_slot: Option<String> = None;
        let mut client_secret_slot: Option<String> = None;
        let mut last_payment_error_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut next_action_slot: Option<crate::types::PaymentIntentNextAction> = None;
        let mut payment_method_types_slot: Option<
            crate::types::PaymentIntentPaymentMethodTypes,
        > = None;
        let mut receipt_email_slot: Option<String> = None;
        let mut cancel_at_slot: Option<String> = None;
        let mut cancellation_reason_slot: Option<String> = None;
        let mut confirmation_method_slot: Option<String> = None;
        let mut payment_method_options_slot: Option<
            crate::types::PaymentIntentPaymentMethodOptions,
        > = None;
        let mut three_d_secure_status_slot: Option<String> = None;
        let mut amount_capturable_slot: Option<i64> = None;
        let mut return_url_slot: Option<String> = None;
        let mut payment_method_slot: Option<String> = None;
        let mut amount_received_slot: Option<i64> = None;
        let mut capture_method_slot: Option<crate::types::CaptureMethod> = None;
        let mut statement_descriptor_slot: Option<String> = None;
        let mut statement_descriptor_suffix_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [
                &mut id_slot,
                &mut object_slot,
                &mut created_slot,
                &mut currency_slot,
                &mut amount_slot,
            ],
            &mut [
                &mut status_slot,
                &mut description_slot,
                &mut metadata_slot,
                &mut livemode_slot,
                &mut shipping_slot,
                &mut customer_slot,
                &mut quantity_slot,
                &mut invoice_slot,
                &mut merchant_user_id_slot,
                &mut merchant_order_id_slot,
                &mut client_secret_slot,
                &mut last_payment_error_slot,
                &mut next_action_slot,
                &mut payment_method_types_slot,
                &mut receipt_email_slot,
                &mut cancel_at_slot,
                &mut cancellation_reason_slot,
                &mut confirmation_method_slot,
                &mut payment_method_options_slot,
                &mut three_d_secure_status_slot,
                &mut amount_capturable_slot,
                &mut return_url_slot,
                &mut payment_method_slot,
                &mut amount_received_slot,
                &mut capture_method_slot,
                &mut statement_descriptor_slot,
                &mut statement_descriptor_suffix_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        let Some(currency_slot) = currency_slot else {
            return crate::object::missing("currency");
        };
        let Some(amount_slot) = amount_slot else {
            return crate::object::missing("amount");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            created: created_slot,
            currency: currency_slot,
            amount: amount_slot,
            status: status_slot,
            description: description_slot,
            metadata: metadata_slot,
            livemode: livemode_slot,
            shipping: shipping_slot,
            customer: customer_slot,
            quantity: quantity_slot,
            invoice: invoice_slot,
            merchant_user_id: merchant_user_id_slot,
            merchant_order_id: merchant_order_id_slot,
            client_secret: client_secret_slot,
            last_payment_error: last_payment_error_slot,
            next_action: next_action_slot,
            payment_method_types: payment_method_types_slot,
            receipt_email: receipt_email_slot,
            cancel_at: cancel_at_slot,
            cancellation_reason: cancellation_reason_slot,
            confirmation_method: confirmation_method_slot,
            payment_method_options: payment_method_options_slot,
            three_d_secure_status: three_d_secure_status_slot,
            amount_capturable: amount_capturable_slot,
            return_url: return_url_slot,
            payment_method: payment_method_slot,
            amount_received: amount_received_slot,
            capture_method: capture_method_slot,
            statement_descriptor: statement_descriptor_slot,
            statement_descriptor_suffix: statement_descriptor_suffix_slot,
        })
    }
}

/// What the customer must do next (a redirect for 3D Secure). The examples show an object, an empty string, or the object encoded as a JSON string.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[derive(serde::Deserialize)]
#[serde(untagged)]
pub enum PaymentIntentNextAction {
    /// The value as [`NextAction`].
    NextAction(crate::types::NextAction),
    /// The value as a string.
    String(String),
}

/// Per-method options: an object, or (in the retrieve example) that object encoded as a JSON string.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[derive(serde::Deserialize)]
#[serde(untagged)]
pub enum PaymentIntentPaymentMethodOptions {
    /// The value as [`PaymentMethodOptions`].
    PaymentMethodOptions(crate::types::PaymentMethodOptions),
    /// The value as a string.
    String(String),
}

/// Payment method types allowed for this payment: a list, or (in the retrieve example) the list encoded as a JSON string.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[derive(serde::Deserialize)]
#[serde(untagged)]
pub enum PaymentIntentPaymentMethodTypes {
    /// The value as a list of a string.
    Array(Vec<String>),
    /// The value as a string.
    String(String),
}

/// Shipping details of the order.
///
/// Also used at `#/paths/~1v1~1payment_intents/post/requestBody/content/application~1json/schema/properties/shipping`, `#/paths/~1v1~1payment_intents~1{id}/post/requestBody/content/application~1json/schema/properties/shipping`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentIntentShipping {
    /// Where the goods are shipped to.
    pub address: Option<crate::types::Address>,
    /// Name of the recipient.
    pub name: String,
    /// Phone number of the recipient.
    pub phone: Option<String>,
}

#[cfg(feature = "payment_intents")]
impl PaymentIntentShipping {
    /// A `PaymentIntentShipping` with its required fields (`name`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            address: None,
            name: name.into(),
            phone: None,
        }
    }
}

#[cfg(feature = "payment_intents")]
impl serde::Serialize for PaymentIntentShipping {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentIntentShipping",
            &["address", "name", "phone"],
            &[true, false, true],
            &[&self.name],
            &[&self.address, &self.phone],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for PaymentIntentShipping {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentIntentShipping",
            &["name", "address", "phone"],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for PaymentIntentShipping {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut address_slot: Option<crate::types::Address> = None;
        let mut name_slot: Option<String> = None;
        let mut phone_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut name_slot],
            &mut [&mut address_slot, &mut phone_slot],
        ) {
            return Err(error);
        }
        let Some(name_slot) = name_slot else {
            return crate::object::missing("name");
        };
        Ok(Self {
            address: address_slot,
            name: name_slot,
            phone: phone_slot,
        })
    }
}

/// Where the payment stands.
#[cfg(feature = "payment_intents")]
#[derive(Clone)]
pub enum PaymentIntentStatus {
    /// `requires_payment_method`
    RequiresPaymentMethod,
    /// `requires_confirmation`
    RequiresConfirmation,
    /// `requires_action`
    RequiresAction,
    /// `processing`
    Processing,
    /// `requires_capture`
    RequiresCapture,
    /// `canceled`
    Canceled,
    /// `succeeded`
    Succeeded,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "payment_intents")]
impl PaymentIntentStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RequiresPaymentMethod => "requires_payment_method",
            Self::RequiresConfirmation => "requires_confirmation",
            Self::RequiresAction => "requires_action",
            Self::Processing => "processing",
            Self::RequiresCapture => "requires_capture",
            Self::Canceled => "canceled",
            Self::Succeeded => "succeeded",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "payment_intents")]
impl From<&str> for PaymentIntentStatus {
    fn from(value: &str) -> Self {
        match value {
            "requires_payment_method" => Self::RequiresPaymentMethod,
            "requires_confirmation" => Self::RequiresConfirmation,
            "requires_action" => Self::RequiresAction,
            "processing" => Self::Processing,
            "requires_capture" => Self::RequiresCapture,
            "canceled" => Self::Canceled,
            "succeeded" => Self::Succeeded,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "payment_intents")]
string_enum_impls!(PaymentIntentStatus);

/// Also used at `#/paths/~1v1~1payment_intents/get/responses/200/content/application~1json/schema`, `#/paths/~1v1~1payment_intents~1search/get/responses/200/content/application~1json/schema`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentIntentsResponse {
    /// Always `list`.
    pub object: String,
    /// The path of this list.
    pub url: Option<String>,
    /// Whether more items follow this page.
    pub has_more: Option<bool>,
    /// The PaymentIntents of this page.
    pub data: Vec<crate::types::PaymentIntent>,
}

#[cfg(feature = "payment_intents")]
impl PaymentIntentsResponse {
    /// A `PaymentIntentsResponse` with its required fields (`object`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        object: impl Into<String>,
        data: Vec<crate::types::PaymentIntent>,
    ) -> Self {
        Self {
            object: object.into(),
            url: None,
            has_more: None,
            data,
        }
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "serialize")]
impl serde::Serialize for PaymentIntentsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentIntentsResponse",
            &["object", "url", "has_more", "data"],
            &[false, true, true, false],
            &[&self.object, &self.data],
            &[&self.url, &self.has_more],
        )
    }
}

#[cfg(feature = "payment_intents")]
impl<'de> serde::Deserialize<'de> for PaymentIntentsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentIntentsResponse",
            &["object", "data", "url", "has_more"],
        )
    }
}

#[cfg(feature = "payment_intents")]
impl<'de> crate::object::FromObject<'de> for PaymentIntentsResponse {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut data_slot: Option<Vec<crate::types::PaymentIntent>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot, &mut data_slot],
            &mut [&mut url_slot, &mut has_more_slot],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            object: object_slot,
            url: url_slot,
            has_more: has_more_slot,
            data: data_slot,
        })
    }
}

/// A shareable address of a hosted payment page selling fixed products.
#[cfg(feature = "payment_links")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentLink {
    /// Identifier of the payment link.
    pub id: String,
    /// The object's type.
    pub object: String,
    /// Whether customers can still pay through the link.
    pub active: Option<bool>,
    /// What happens once the link is paid.
    pub after_completion: Option<crate::types::PaymentLinkAfterCompletion>,
    /// Whether the payment page always asks for a billing address or only when needed.
    pub billing_address_collection: Option<
        crate::types::PaymentLinkBillingAddressCollection,
    >,
    /// Three-letter ISO currency code.
    pub currency: Option<String>,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Whether the payment page asks for a phone number.
    pub phone_number_collection: Option<crate::types::PaymentLinkPhoneNumberCollection>,
    /// Whether the payment page asks for a shipping address.
    pub shipping_address_collection: Option<
        crate::types::PaymentLinkShippingAddressCollection,
    >,
    /// The address to share with customers.
    pub url: Option<String>,
    /// What the link sells, as a list.
    pub line_items: Option<crate::types::PaymentLinkLineItems>,
    /// Creation time.
    pub created: i64,
}

#[cfg(feature = "payment_links")]
impl PaymentLink {
    /// A `PaymentLink` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            active: None,
            after_completion: None,
            billing_address_collection: None,
            currency: None,
            livemode: None,
            metadata: None,
            phone_number_collection: None,
            shipping_address_collection: None,
            url: None,
            line_items: None,
            created,
        }
    }
}

#[cfg(feature = "payment_links")]
#[cfg(feature = "serialize")]
impl serde::Serialize for PaymentLink {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentLink",
            &[
                "id",
                "object",
                "active",
                "after_completion",
                "billing_address_collection",
                "currency",
                "livemode",
                "metadata",
                "phone_number_collection",
                "shipping_address_collection",
                "url",
                "line_items",
                "created",
            ],
            &[
                false, false, true, true, true, true, true, true, true, true, true, true,
                false,
            ],
            &[&self.id, &self.object, &self.created],
            &[
                &self.active,
                &self.after_completion,
                &self.billing_address_collection,
                &self.currency,
                &self.livemode,
                &self.metadata,
                &self.phone_number_collection,
                &self.shipping_address_collection,
                &self.url,
                &self.line_items,
            ],
        )
    }
}

#[cfg(feature = "payment_links")]
impl<'de> serde::Deserialize<'de> for PaymentLink {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentLink",
            &[
                "id",
                "object",
                "created",
                "active",
                "after_completion",
                "billing_address_collection",
                "currency",
                "livemode",
                "metadata",
                "phone_number_collection",
                "shipping_address_collection",
                "url",
                "line_items",
            ],
        )
    }
}

#[cfg(feature = "payment_links")]
impl<'de> crate::object::FromObject<'de> for PaymentLink {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut active_slot: Option<bool> = None;
        let mut after_completion_slot: Option<
            crate::types::PaymentLinkAfterCompletion,
        > = None;
        let mut billing_address_collection_slot: Option<
            crate::types::PaymentLinkBillingAddressCollection,
        > = None;
        let mut currency_slot: Option<String> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut phone_number_collection_slot: Option<
            crate::types::PaymentLinkPhoneNumberCollection,
        > = None;
        let mut shipping_address_collection_slot: Option<
            crate::types::PaymentLinkShippingAddressCollection,
        > = None;
        let mut url_slot: Option<String> = None;
        let mut line_items_slot: Option<crate::types::PaymentLinkLineItems> = None;
        let mut created_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut active_slot,
                &mut after_completion_slot,
                &mut billing_address_collection_slot,
                &mut currency_slot,
                &mut livemode_slot,
                &mut metadata_slot,
                &mut phone_number_collection_slot,
                &mut shipping_address_collection_slot,
                &mut url_slot,
                &mut line_items_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            active: active_slot,
            after_completion: after_completion_slot,
            billing_address_collection: billing_address_collection_slot,
            currency: currency_slot,
            livemode: livemode_slot,
            metadata: metadata_slot,
            phone_number_collection: phone_number_collection_slot,
            shipping_address_collection: shipping_address_collection_slot,
            url: url_slot,
            line_items: line_items_slot,
            created: created_slot,
        })
    }
}

/// What happens once a payment link is paid.
#[cfg(feature = "payment_links")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentLinkAfterCompletion {
    /// What the customer sees after paying: WooshPay's confirmation page or a redirect to the merchant.
    pub r#type: Option<crate::types::PaymentLinkAfterCompletionType>,
    /// Settings of the confirmation page (fields not shown on the page).
    pub hosted_confirmation: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// Settings of the redirect (fields not shown on the page).
    pub redirect: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[cfg(feature = "payment_links")]
impl serde::Serialize for PaymentLinkAfterCompletion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentLinkAfterCompletion",
            &["type", "hosted_confirmation", "redirect"],
            &[true, true, true],
            &[],
            &[&self.r#type, &self.hosted_confirmation, &self.redirect],
        )
    }
}

#[cfg(feature = "payment_links")]
impl<'de> serde::Deserialize<'de> for PaymentLinkAfterCompletion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentLinkAfterCompletion",
            &["type", "hosted_confirmation", "redirect"],
        )
    }
}

#[cfg(feature = "payment_links")]
impl<'de> crate::object::FromObject<'de> for PaymentLinkAfterCompletion {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_slot: Option<crate::types::PaymentLinkAfterCompletionType> = None;
        let mut hosted_confirmation_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut redirect_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut type_slot, &mut hosted_confirmation_slot, &mut redirect_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            r#type: type_slot,
            hosted_confirmation: hosted_confirmation_slot,
            redirect: redirect_slot,
        })
    }
}

/// What the customer sees after paying: WooshPay's confirmation page or a redirect to the merchant.
#[cfg(feature = "payment_links")]
#[derive(Clone)]
pub enum PaymentLinkAfterCompletionType {
    /// `redirect`
    Redirect,
    /// `hosted_confirmation`
    HostedConfirmation,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "payment_links")]
impl PaymentLinkAfterCompletionType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Redirect => "redirect",
            Self::HostedConfirmation => "hosted_confirmation",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "payment_links")]
impl From<&str> for PaymentLinkAfterCompletionType {
    fn from(value: &str) -> Self {
        match value {
            "redirect" => Self::Redirect,
            "hosted_confirmation" => Self::HostedConfirmation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "payment_links")]
string_enum_impls!(PaymentLinkAfterCompletionType);

/// Whether the payment page always asks for a billing address or only when needed.
///
/// Also used at `#/components/schemas/Payment Link/properties/billing_address_collection`, `#/paths/~1v1~1payment_links~1{id}/post/requestBody/content/application~1json/schema/properties/billing_address_collection`.
#[cfg(feature = "payment_links")]
#[derive(Clone)]
pub enum PaymentLinkBillingAddressCollection {
    /// `auto`
    Auto,
    /// `required`
    Required,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "payment_links")]
impl PaymentLinkBillingAddressCollection {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Required => "required",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "payment_links")]
impl From<&str> for PaymentLinkBillingAddressCollection {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "required" => Self::Required,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "payment_links")]
string_enum_impls!(PaymentLinkBillingAddressCollection);

/// One line of a payment link.
#[cfg(feature = "payment_links")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentLinkLineItem {
    /// Identifier of the line item.
    pub id: String,
    /// The object's type.
    pub object: String,
    /// Amount of the line before discounts and taxes, in the smallest currency unit. The line items page types it a string, the checkout examples give a number: both are read, a number is sent.
    ///
    /// The API documents it both as a number and as a string of digits: sent as a number, read from either.
    pub amount_subtotal: Option<i64>,
    /// Amount of the line after discounts and taxes, in the smallest currency unit (a string on the line items page, a number in the checkout examples).
    ///
    /// The API documents it both as a number and as a string of digits: sent as a number, read from either.
    pub amount_total: Option<i64>,
    /// Three-letter ISO currency code.
    pub currency: Option<String>,
    /// What the line is for (the product's name in the checkout examples).
    pub description: Option<String>,
    /// The price the line is sold at.
    pub price: Option<crate::types::Price>,
    /// Number of units (a string on the line items page, a number in the checkout examples).
    ///
    /// The API documents it both as a number and as a string of digits: sent as a number, read from either.
    pub quantity: Option<i64>,
}

#[cfg(feature = "payment_links")]
impl PaymentLinkLineItem {
    /// A `PaymentLinkLineItem` with its required fields (`id`, `object`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            amount_subtotal: None,
            amount_total: None,
            currency: None,
            description: None,
            price: None,
            quantity: None,
        }
    }
}

#[cfg(feature = "payment_links")]
#[cfg(feature = "serialize")]
impl serde::Serialize for PaymentLinkLineItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentLinkLineItem",
            &[
                "id",
                "object",
                "amount_subtotal",
                "amount_total",
                "currency",
                "description",
                "price",
                "quantity",
            ],
            &[false, false, true, true, true, true, true, true],
            &[&self.id, &self.object],
            &[
                &self.amount_subtotal,
                &self.amount_total,
                &self.currency,
                &self.description,
                &self.price,
                &self.quantity,
            ],
        )
    }
}

#[cfg(feature = "payment_links")]
impl<'de> serde::Deserialize<'de> for PaymentLinkLineItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentLinkLineItem",
            &[
                "id",
                "object",
                "amount_subtotal",
                "amount_total",
                "currency",
                "description",
                "price",
                "quantity",
            ],
        )
    }
}

#[cfg(feature = "payment_links")]
impl<'de> crate::object::FromObject<'de> for PaymentLinkLineItem {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut amount_subtotal_slot: Option<crate::object::AnyInteger> = None;
        let mut amount_total_slot: Option<crate::object::AnyInteger> = None;
        let mut currency_slot: Option<String> = None;
        let mut description_slot: Option<String> = None;
        let mut price_slot: Option<crate::types::Price> = None;
        let mut quantity_slot: Option<crate::object::AnyInteger> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot],
            &mut [
                &mut amount_subtotal_slot,
                &mut amount_total_slot,
                &mut currency_slot,
                &mut description_slot,
                &mut price_slot,
                &mut quantity_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            amount_subtotal: amount_subtotal_slot.map(|v| v.0),
            amount_total: amount_total_slot.map(|v| v.0),
            currency: currency_slot,
            description: description_slot,
            price: price_slot,
            quantity: quantity_slot.map(|v| v.0),
        })
    }
}

/// What the link sells, as a list.
///
/// Also used at `#/components/schemas/Payment Link/properties/line_items`, `#/paths/~1v1~1payment_links~1{id}~1line_items/get/responses/200/content/application~1json/schema`.
#[cfg(feature = "payment_links")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentLinkLineItems {
    /// Always `list`.
    pub object: String,
    /// The path of this list.
    pub url: Option<String>,
    /// Whether more lines follow.
    pub has_more: Option<bool>,
    /// The lines.
    pub data: Vec<crate::types::PaymentLinkLineItem>,
}

#[cfg(feature = "payment_links")]
impl PaymentLinkLineItems {
    /// A `PaymentLinkLineItems` with its required fields (`object`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        object: impl Into<String>,
        data: Vec<crate::types::PaymentLinkLineItem>,
    ) -> Self {
        Self {
            object: object.into(),
            url: None,
            has_more: None,
            data,
        }
    }
}

#[cfg(feature = "payment_links")]
#[cfg(feature = "serialize")]
impl serde::Serialize for PaymentLinkLineItems {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentLinkLineItems",
            &["object", "url", "has_more", "data"],
            &[false, true, true, false],
            &[&self.object, &self.data],
            &[&self.url, &self.has_more],
        )
    }
}

#[cfg(feature = "payment_links")]
impl<'de> serde::Deserialize<'de> for PaymentLinkLineItems {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentLinkLineItems",
            &["object", "data", "url", "has_more"],
        )
    }
}

#[cfg(feature = "payment_links")]
impl<'de> crate::object::FromObject<'de> for PaymentLinkLineItems {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut data_slot: Option<Vec<crate::types::PaymentLinkLineItem>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot, &mut data_slot],
            &mut [&mut url_slot, &mut has_more_slot],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            object: object_slot,
            url: url_slot,
            has_more: has_more_slot,
            data: data_slot,
        })
    }
}

/// Whether a payment link collects the customer's phone number.
#[cfg(feature = "payment_links")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentLinkPhoneNumberCollection {
    /// Whether the payment page asks for a phone number.
    pub enabled: Option<bool>,
}

#[cfg(feature = "payment_links")]
impl serde::Serialize for PaymentLinkPhoneNumberCollection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentLinkPhoneNumberCollection",
            &["enabled"],
            &[true],
            &[],
            &[&self.enabled],
        )
    }
}

#[cfg(feature = "payment_links")]
impl<'de> serde::Deserialize<'de> for PaymentLinkPhoneNumberCollection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentLinkPhoneNumberCollection",
            &["enabled"],
        )
    }
}

#[cfg(feature = "payment_links")]
impl<'de> crate::object::FromObject<'de> for PaymentLinkPhoneNumberCollection {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut enabled_slot: Option<bool> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut enabled_slot],
        ) {
            return Err(error);
        }
        Ok(Self { enabled: enabled_slot })
    }
}

/// Whether, and to which countries, a payment link collects a shipping address.
///
/// Also used at `#/paths/~1v1~1checkout~1sessions/post/requestBody/content/application~1json/schema/properties/shipping_address_collection`.
#[cfg(any(feature = "checkout_sessions", feature = "payment_links"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentLinkShippingAddressCollection {
    /// Two-letter codes of the countries goods can be shipped to.
    pub allowed_countries: Option<Vec<String>>,
}

#[cfg(any(feature = "checkout_sessions", feature = "payment_links"))]
impl serde::Serialize for PaymentLinkShippingAddressCollection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentLinkShippingAddressCollection",
            &["allowed_countries"],
            &[true],
            &[],
            &[&self.allowed_countries],
        )
    }
}

#[cfg(any(feature = "checkout_sessions", feature = "payment_links"))]
impl<'de> serde::Deserialize<'de> for PaymentLinkShippingAddressCollection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentLinkShippingAddressCollection",
            &["allowed_countries"],
        )
    }
}

#[cfg(any(feature = "checkout_sessions", feature = "payment_links"))]
impl<'de> crate::object::FromObject<'de> for PaymentLinkShippingAddressCollection {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut allowed_countries_slot: Option<Vec<String>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut allowed_countries_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            allowed_countries: allowed_countries_slot,
        })
    }
}

/// A way to pay (a card, a wallet), saved to a customer or used once.
#[cfg(feature = "payment_methods")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentMethod {
    /// Identifier of the payment method (`pm_...`).
    pub id: String,
    /// Kind of object. The page writes the value as `payment method`; the examples here use `payment_method` (not shown on the pages).
    pub object: String,
    /// Creation time. The page says seconds since the Unix epoch (WooshPay's other objects count milliseconds in their examples).
    pub created: i64,
    /// ID of the customer the payment method is saved to; absent until it is attached to one.
    pub customer: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// Billing details of the payer; some payment method types need them.
    pub billing_details: Option<crate::types::BillingDetails>,
    /// Kind of payment method. The details of that kind are under the key of the same name (`card` for cards).
    pub r#type: crate::types::PaymentMethodDataType,
    /// The card, for `type: card`.
    pub card: Option<crate::types::PaymentMethodCard>,
}

#[cfg(feature = "payment_methods")]
impl PaymentMethod {
    /// A `PaymentMethod` with its required fields (`id`, `object`, `created`, `type`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        object: impl Into<String>,
        created: i64,
        r#type: crate::types::PaymentMethodDataType,
    ) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            created,
            customer: None,
            metadata: None,
            livemode: None,
            billing_details: None,
            r#type,
            card: None,
        }
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "serialize")]
impl serde::Serialize for PaymentMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentMethod",
            &[
                "id",
                "object",
                "created",
                "customer",
                "metadata",
                "livemode",
                "billing_details",
                "type",
                "card",
            ],
            &[false, false, false, true, true, true, true, false, true],
            &[&self.id, &self.object, &self.created, &self.r#type],
            &[
                &self.customer,
                &self.metadata,
                &self.livemode,
                &self.billing_details,
                &self.card,
            ],
        )
    }
}

#[cfg(feature = "payment_methods")]
impl<'de> serde::Deserialize<'de> for PaymentMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentMethod",
            &[
                "id",
                "object",
                "created",
                "type",
                "customer",
                "metadata",
                "livemode",
                "billing_details",
                "card",
            ],
        )
    }
}

#[cfg(feature = "payment_methods")]
impl<'de> crate::object::FromObject<'de> for PaymentMethod {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut customer_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut livemode_slot: Option<bool> = None;
        let mut billing_details_slot: Option<crate::types::BillingDetails> = None;
        let mut type_slot: Option<crate::types::PaymentMethodDataType> = None;
        let mut card_slot: Option<crate::types::PaymentMethodCard> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot, &mut type_slot],
            &mut [
                &mut customer_slot,
                &mut metadata_slot,
                &mut livemode_slot,
                &mut billing_details_slot,
                &mut card_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        let Some(type_slot) = type_slot else {
            return crate::object::missing("type");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            created: created_slot,
            customer: customer_slot,
            metadata: metadata_slot,
            livemode: livemode_slot,
            billing_details: billing_details_slot,
            r#type: type_slot,
            card: card_slot,
        })
    }
}

/// What is known of a card payment method (never the full number).
#[cfg(feature = "payment_methods")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentMethodCard {
    /// Card network. The page names American Express, Diners Club, Discover, JCB, MasterCard, UnionPay, Visa and Unknown, without their spelling on the wire.
    pub brand: Option<String>,
    /// Results of the checks made on the card details.
    pub checks: Option<crate::types::PaymentMethodCardChecks>,
    /// Two-letter ISO country code of the card's issuer.
    pub country: Option<String>,
    /// Expiry month, 1 to 12.
    pub exp_month: Option<i64>,
    /// Expiry year, four digits.
    pub exp_year: Option<i64>,
    /// The same value for every payment method made from one card number.
    pub fingerprint: Option<String>,
    /// How the card is funded.
    pub funding: Option<crate::types::PaymentMethodCardFunding>,
    /// Last four digits of the card number.
    pub last4: Option<String>,
    /// Key-value pairs; the pages list a metadata object after last4 inside the card.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "serialize")]
impl serde::Serialize for PaymentMethodCard {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentMethodCard",
            &[
                "brand",
                "checks",
                "country",
                "exp_month",
                "exp_year",
                "fingerprint",
                "funding",
                "last4",
                "metadata",
            ],
            &[true, true, true, true, true, true, true, true, true],
            &[],
            &[
                &self.brand,
                &self.checks,
                &self.country,
                &self.exp_month,
                &self.exp_year,
                &self.fingerprint,
                &self.funding,
                &self.last4,
                &self.metadata,
            ],
        )
    }
}

#[cfg(feature = "payment_methods")]
impl<'de> serde::Deserialize<'de> for PaymentMethodCard {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentMethodCard",
            &[
                "brand",
                "checks",
                "country",
                "exp_month",
                "exp_year",
                "fingerprint",
                "funding",
                "last4",
                "metadata",
            ],
        )
    }
}

#[cfg(feature = "payment_methods")]
impl<'de> crate::object::FromObject<'de> for PaymentMethodCard {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut brand_slot: Option<String> = None;
        let mut checks_slot: Option<crate::types::PaymentMethodCardChecks> = None;
        let mut country_slot: Option<String> = None;
        let mut exp_month_slot: Option<i64> = None;
        let mut exp_year_slot: Option<i64> = None;
        let mut fingerprint_slot: Option<String> = None;
        let mut funding_slot: Option<crate::types::PaymentMethodCardFunding> = None;
        let mut last4_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut brand_slot,
                &mut checks_slot,
                &mut country_slot,
                &mut exp_month_slot,
                &mut exp_year_slot,
                &mut fingerprint_slot,
                &mut funding_slot,
                &mut last4_slot,
                &mut metadata_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            brand: brand_slot,
            checks: checks_slot,
            country: country_slot,
            exp_month: exp_month_slot,
            exp_year: exp_year_slot,
            fingerprint: fingerprint_slot,
            funding: funding_slot,
            last4: last4_slot,
            metadata: metadata_slot,
        })
    }
}

/// The `Payment Method Card Checks` schema of the API.
#[cfg(feature = "payment_methods")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentMethodCardChecks {
    /// Outcome of checking the first address line (values not shown on the pages).
    pub address_line1_check: Option<String>,
    /// Outcome of checking the postal code (values not shown on the pages).
    pub address_zip_check: Option<String>,
    /// Outcome of checking the security code (values not shown on the pages).
    pub cvc_check: Option<String>,
}

#[cfg(feature = "payment_methods")]
impl serde::Serialize for PaymentMethodCardChecks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentMethodCardChecks",
            &["address_line1_check", "address_zip_check", "cvc_check"],
            &[true, true, true],
            &[],
            &[&self.address_line1_check, &self.address_zip_check, &self.cvc_check],
        )
    }
}

#[cfg(feature = "payment_methods")]
impl<'de> serde::Deserialize<'de> for PaymentMethodCardChecks {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentMethodCardChecks",
            &["address_line1_check", "address_zip_check", "cvc_check"],
        )
    }
}

#[cfg(feature = "payment_methods")]
impl<'de> crate::object::FromObject<'de> for PaymentMethodCardChecks {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut address_line1_check_slot: Option<String> = None;
        let mut address_zip_check_slot: Option<String> = None;
        let mut cvc_check_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut address_line1_check_slot,
                &mut address_zip_check_slot,
                &mut cvc_check_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            address_line1_check: address_line1_check_slot,
            address_zip_check: address_zip_check_slot,
            cvc_check: cvc_check_slot,
        })
    }
}

/// How the card is funded.
///
/// Also used at `#/components/schemas/Payment Method Card/properties/funding`, `#/paths/~1v1~1payment_methods/post/requestBody/content/application~1json/schema/properties/card/properties/funding`.
#[cfg(feature = "payment_methods")]
#[derive(Clone)]
pub enum PaymentMethodCardFunding {
    /// `credit`
    Credit,
    /// `debit`
    Debit,
    /// `prepaid`
    Prepaid,
    /// `unknown`
    Unknown,
    /// A value this version of the spec does not list, kept as the server sent it.
    UnknownValue(String),
}

#[cfg(feature = "payment_methods")]
impl PaymentMethodCardFunding {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Credit => "credit",
            Self::Debit => "debit",
            Self::Prepaid => "prepaid",
            Self::Unknown => "unknown",
            Self::UnknownValue(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "payment_methods")]
impl From<&str> for PaymentMethodCardFunding {
    fn from(value: &str) -> Self {
        match value {
            "credit" => Self::Credit,
            "debit" => Self::Debit,
            "prepaid" => Self::Prepaid,
            "unknown" => Self::Unknown,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

#[cfg(feature = "payment_methods")]
string_enum_impls!(PaymentMethodCardFunding);

/// A payment method created together with the payment.
#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentMethodData {
    /// Kind of payment method to create: the create page's list, and `mobile_money`, which integration code sends (with `mobile_money` details) and the list lacks.
    pub r#type: crate::types::PaymentMethodDataType,
    /// Billing details of the payer.
    pub billing_details: Option<crate::types::BillingDetails>,
    /// Card details, for `type: card`.
    pub card: Option<crate::types::PaymentMethodDataCard>,
    /// Details for `type: sepa_debit` (fields not shown on the page).
    pub sepa_debit: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Details for `type: wechat_pay` (fields not shown on the page).
    pub wechat_pay: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Details for `type: alipayplus` (fields not shown on the page).
    pub alipayplus: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Details for `type: mobile_money` (from integration code; not on the pages).
    pub mobile_money: Option<crate::types::PaymentMethodDataMobileMoney>,
}

#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
impl PaymentMethodData {
    /// A `PaymentMethodData` with its required fields (`type`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(r#type: crate::types::PaymentMethodDataType) -> Self {
        Self {
            r#type,
            billing_details: None,
            card: None,
            sepa_debit: None,
            wechat_pay: None,
            alipayplus: None,
            mobile_money: None,
        }
    }
}

#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
impl serde::Serialize for PaymentMethodData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentMethodData",
            &[
                "type",
                "billing_details",
                "card",
                "sepa_debit",
                "wechat_pay",
                "alipayplus",
                "mobile_money",
            ],
            &[false, true, true, true, true, true, true],
            &[&self.r#type],
            &[
                &self.billing_details,
                &self.card,
                &self.sepa_debit,
                &self.wechat_pay,
                &self.alipayplus,
                &self.mobile_money,
            ],
        )
    }
}

#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for PaymentMethodData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentMethodData",
            &[
                "type",
                "billing_details",
                "card",
                "sepa_debit",
                "wechat_pay",
                "alipayplus",
                "mobile_money",
            ],
        )
    }
}

#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for PaymentMethodData {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_slot: Option<crate::types::PaymentMethodDataType> = None;
        let mut billing_details_slot: Option<crate::types::BillingDetails> = None;
        let mut card_slot: Option<crate::types::PaymentMethodDataCard> = None;
        let mut sepa_debit_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut wechat_pay_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut alipayplus_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut mobile_money_slot: Option<crate::types::PaymentMethodDataMobileMoney> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut type_slot],
            &mut [
                &mut billing_details_slot,
                &mut card_slot,
                &mut sepa_debit_slot,
                &mut wechat_pay_slot,
                &mut alipayplus_slot,
                &mut mobile_money_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(type_slot) = type_slot else {
            return crate::object::missing("type");
        };
        Ok(Self {
            r#type: type_slot,
            billing_details: billing_details_slot,
            card: card_slot,
            sepa_debit: sepa_debit_slot,
            wechat_pay: wechat_pay_slot,
            alipayplus: alipayplus_slot,
            mobile_money: mobile_money_slot,
        })
    }
}

/// Card details, for `type: card`.
#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentMethodDataCard {
    /// Card number.
    pub number: Option<String>,
    /// Expiry month, two digits.
    pub exp_month: Option<String>,
    /// Expiry year, four digits.
    pub exp_year: Option<String>,
    /// Card security code.
    pub cvc: Option<String>,
    /// Cardholder name.
    pub name: Option<String>,
}

#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
impl serde::Serialize for PaymentMethodDataCard {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentMethodDataCard",
            &["number", "exp_month", "exp_year", "cvc", "name"],
            &[true, true, true, true, true],
            &[],
            &[&self.number, &self.exp_month, &self.exp_year, &self.cvc, &self.name],
        )
    }
}

#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for PaymentMethodDataCard {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentMethodDataCard",
            &["number", "exp_month", "exp_year", "cvc", "name"],
        )
    }
}

#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for PaymentMethodDataCard {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut number_slot: Option<String> = None;
        let mut exp_month_slot: Option<String> = None;
        let mut exp_year_slot: Option<String> = None;
        let mut cvc_slot: Option<String> = None;
        let mut name_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut number_slot,
                &mut exp_month_slot,
                &mut exp_year_slot,
                &mut cvc_slot,
                &mut name_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            number: number_slot,
            exp_month: exp_month_slot,
            exp_year: exp_year_slot,
            cvc: cvc_slot,
            name: name_slot,
        })
    }
}

/// Details for `type: mobile_money` (from integration code; not on the pages).
#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentMethodDataMobileMoney {
    /// The payer's phone number with its country code, digits only (`250` and nine digits for Rwanda in the integration).
    pub phone_number: Option<String>,
    /// The mobile money operator (`mtn_rw` or `airtel_rw` in the integration).
    pub provider_code: Option<String>,
}

#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
impl serde::Serialize for PaymentMethodDataMobileMoney {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentMethodDataMobileMoney",
            &["phone_number", "provider_code"],
            &[true, true],
            &[],
            &[&self.phone_number, &self.provider_code],
        )
    }
}

#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for PaymentMethodDataMobileMoney {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentMethodDataMobileMoney",
            &["phone_number", "provider_code"],
        )
    }
}

#[cfg(any(feature = "payment_intents", feature = "setup_intents"))]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for PaymentMethodDataMobileMoney {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut phone_number_slot: Option<String> = None;
        let mut provider_code_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut phone_number_slot, &mut provider_code_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            phone_number: phone_number_slot,
            provider_code: provider_code_slot,
        })
    }
}

/// Kind of payment method. The details of that kind are under the key of the same name (`card` for cards).
///
/// Also used at `#/components/schemas/Payment Method Data/properties/type`, `#/components/schemas/Payment Method/properties/type`, `#/paths/~1v1~1payment_methods/post/requestBody/content/application~1json/schema/properties/type`.
#[cfg(
    any(
        feature = "payment_intents",
        feature = "payment_methods",
        feature = "setup_intents"
    )
)]
#[derive(Clone)]
pub enum PaymentMethodDataType {
    /// `card`
    Card,
    /// `alipayplus`
    Alipayplus,
    /// `alipay`
    Alipay,
    /// `wechat_pay`
    WechatPay,
    /// `sepa_debit`
    SepaDebit,
    /// `alipay_hk`
    AlipayHk,
    /// `boost`
    Boost,
    /// `truemoney`
    Truemoney,
    /// `gcash`
    Gcash,
    /// `kakaopay`
    Kakaopay,
    /// `touchngo`
    Touchngo,
    /// `rabbit_line_pay`
    RabbitLinePay,
    /// `dana`
    Dana,
    /// `klarna`
    Klarna,
    /// `ideal`
    Ideal,
    /// `giropay`
    Giropay,
    /// `sofort`
    Sofort,
    /// `eps`
    Eps,
    /// `trustly`
    Trustly,
    /// `bancontact`
    Bancontact,
    /// `p24`
    P24,
    /// `unionpay`
    Unionpay,
    /// `fpx`
    Fpx,
    /// `mcash`
    Mcash,
    /// `grabpay`
    Grabpay,
    /// `bank_transfer_id`
    BankTransferId,
    /// `qris`
    Qris,
    /// `promptpay`
    Promptpay,
    /// `ovo`
    Ovo,
    /// `shopeepay`
    Shopeepay,
    /// `upi`
    Upi,
    /// `boleto`
    Boleto,
    /// `paynow`
    Paynow,
    /// `pix`
    Pix,
    /// `9pay`
    NinePay,
    /// `stitch`
    Stitch,
    /// `bpi`
    Bpi,
    /// `mobile_money`
    MobileMoney,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(
    any(
        feature = "payment_intents",
        feature = "payment_methods",
        feature = "setup_intents"
    )
)]
impl PaymentMethodDataType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Card => "card",
            Self::Alipayplus => "alipayplus",
            Self::Alipay => "alipay",
            Self::WechatPay => "wechat_pay",
            Self::SepaDebit => "sepa_debit",
            Self::AlipayHk => "alipay_hk",
            Self::Boost => "boost",
            Self::Truemoney => "truemoney",
            Self::Gcash => "gcash",
            Self::Kakaopay => "kakaopay",
            Self::Touchngo => "touchngo",
            Self::RabbitLinePay => "rabbit_line_pay",
            Self::Dana => "dana",
            Self::Klarna => "klarna",
            Self::Ideal => "ideal",
            Self::Giropay => "giropay",
            Self::Sofort => "sofort",
            Self::Eps => "eps",
            Self::Trustly => "trustly",
            Self::Bancontact => "bancontact",
            Self::P24 => "p24",
            Self::Unionpay => "unionpay",
            Self::Fpx => "fpx",
            Self::Mcash => "mcash",
            Self::Grabpay => "grabpay",
            Self::BankTransferId => "bank_transfer_id",
            Self::Qris => "qris",
            Self::Promptpay => "promptpay",
            Self::Ovo => "ovo",
            Self::Shopeepay => "shopeepay",
            Self::Upi => "upi",
            Self::Boleto => "boleto",
            Self::Paynow => "paynow",
            Self::Pix => "pix",
            Self::NinePay => "9pay",
            Self::Stitch => "stitch",
            Self::Bpi => "bpi",
            Self::MobileMoney => "mobile_money",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(
    any(
        feature = "payment_intents",
        feature = "payment_methods",
        feature = "setup_intents"
    )
)]
impl From<&str> for PaymentMethodDataType {
    fn from(value: &str) -> Self {
        match value {
            "card" => Self::Card,
            "alipayplus" => Self::Alipayplus,
            "alipay" => Self::Alipay,
            "wechat_pay" => Self::WechatPay,
            "sepa_debit" => Self::SepaDebit,
            "alipay_hk" => Self::AlipayHk,
            "boost" => Self::Boost,
            "truemoney" => Self::Truemoney,
            "gcash" => Self::Gcash,
            "kakaopay" => Self::Kakaopay,
            "touchngo" => Self::Touchngo,
            "rabbit_line_pay" => Self::RabbitLinePay,
            "dana" => Self::Dana,
            "klarna" => Self::Klarna,
            "ideal" => Self::Ideal,
            "giropay" => Self::Giropay,
            "sofort" => Self::Sofort,
            "eps" => Self::Eps,
            "trustly" => Self::Trustly,
            "bancontact" => Self::Bancontact,
            "p24" => Self::P24,
            "unionpay" => Self::Unionpay,
            "fpx" => Self::Fpx,
            "mcash" => Self::Mcash,
            "grabpay" => Self::Grabpay,
            "bank_transfer_id" => Self::BankTransferId,
            "qris" => Self::Qris,
            "promptpay" => Self::Promptpay,
            "ovo" => Self::Ovo,
            "shopeepay" => Self::Shopeepay,
            "upi" => Self::Upi,
            "boleto" => Self::Boleto,
            "paynow" => Self::Paynow,
            "pix" => Self::Pix,
            "9pay" => Self::NinePay,
            "stitch" => Self::Stitch,
            "bpi" => Self::Bpi,
            "mobile_money" => Self::MobileMoney,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(
    any(
        feature = "payment_intents",
        feature = "payment_methods",
        feature = "setup_intents"
    )
)]
string_enum_impls!(PaymentMethodDataType);

/// Payment Method Options
///
/// Also used at `#/components/schemas/Payment Intent/properties/payment_method_options/anyOf/0`, `#/paths/~1v1~1payment_intents~1{id}~1confirm/post/requestBody/content/application~1json/schema/properties/payment_method_options`, `#/paths/~1v1~1payment_intents/post/requestBody/content/application~1json/schema/properties/payment_method_options`, `#/paths/~1v1~1payment_intents~1{id}/post/requestBody/content/application~1json/schema/properties/payment_method_options`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentMethodOptions {
    /// Options for card payments.
    pub card: Option<crate::types::CardOptions>,
}

#[cfg(feature = "payment_intents")]
impl serde::Serialize for PaymentMethodOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentMethodOptions",
            &["card"],
            &[true],
            &[],
            &[&self.card],
        )
    }
}

#[cfg(feature = "payment_intents")]
impl<'de> serde::Deserialize<'de> for PaymentMethodOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "PaymentMethodOptions", &["card"])
    }
}

#[cfg(feature = "payment_intents")]
impl<'de> crate::object::FromObject<'de> for PaymentMethodOptions {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut card_slot: Option<crate::types::CardOptions> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut card_slot],
        ) {
            return Err(error);
        }
        Ok(Self { card: card_slot })
    }
}

/// Also used at `#/paths/~1v1~1payment_methods/get/responses/200/content/application~1json/schema`, `#/paths/~1v1~1customers~1{customer_id}~1payment_methods/get/responses/200/content/application~1json/schema`.
#[cfg(feature = "payment_methods")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PaymentMethodsResponse {
    /// Always `list`.
    pub object: String,
    /// The path of this list.
    pub url: Option<String>,
    /// Whether more items follow this page.
    pub has_more: Option<bool>,
    /// The payment methods of this page.
    pub data: Vec<crate::types::PaymentMethod>,
}

#[cfg(feature = "payment_methods")]
impl PaymentMethodsResponse {
    /// A `PaymentMethodsResponse` with its required fields (`object`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        object: impl Into<String>,
        data: Vec<crate::types::PaymentMethod>,
    ) -> Self {
        Self {
            object: object.into(),
            url: None,
            has_more: None,
            data,
        }
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "serialize")]
impl serde::Serialize for PaymentMethodsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PaymentMethodsResponse",
            &["object", "url", "has_more", "data"],
            &[false, true, true, false],
            &[&self.object, &self.data],
            &[&self.url, &self.has_more],
        )
    }
}

#[cfg(feature = "payment_methods")]
impl<'de> serde::Deserialize<'de> for PaymentMethodsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PaymentMethodsResponse",
            &["object", "data", "url", "has_more"],
        )
    }
}

#[cfg(feature = "payment_methods")]
impl<'de> crate::object::FromObject<'de> for PaymentMethodsResponse {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut data_slot: Option<Vec<crate::types::PaymentMethod>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot, &mut data_slot],
            &mut [&mut url_slot, &mut has_more_slot],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            object: object_slot,
            url: url_slot,
            has_more: has_more_slot,
            data: data_slot,
        })
    }
}

/// The `Payout` schema of the API.
#[cfg(feature = "payouts")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Payout {
    /// Identifier of the payout (`po_...`).
    pub id: String,
    /// Always `payout`.
    pub object: String,
    /// Creation time; the example gives milliseconds since the Unix epoch.
    pub created: i64,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// Where the payout stands: `pending` when created, `in_transit` once sent to the bank, then `paid` or `failed`; `canceled` if it was canceled first.
    pub status: Option<crate::types::PayoutStatus>,
    /// Kind of payout.
    pub r#type: Option<crate::types::PayoutType>,
    /// ID of the beneficiary paid.
    pub beneficiary: Option<String>,
    /// The beneficiary paid.
    pub beneficiary_data: Option<crate::types::Beneficiary>,
    /// Amount the beneficiary receives, in the smallest unit of `payment_currency`.
    pub payment_amount: Option<i64>,
    /// Currency the beneficiary receives.
    pub payment_currency: Option<String>,
    /// Amount taken from the balance, in the smallest unit of `source_currency`.
    pub source_amount: Option<i64>,
    /// Currency the payout is funded in.
    pub source_currency: Option<String>,
    /// Free text about the payout.
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// IDs of the PaymentIntents this payout is attached to.
    pub payment_intents: Option<Vec<String>>,
    /// When the payout is expected to arrive.
    pub arrival_date: Option<i64>,
    /// Whether the payout was made by the payout schedule.
    pub automatic: Option<bool>,
    /// ID of the payout this one reverses.
    pub original_payout: Option<String>,
    /// ID of the payout that reversed this one.
    pub reversed_by: Option<String>,
    /// The balance the payout is funded from.
    pub source_type: Option<String>,
    /// Text shown on the beneficiary's bank statement.
    pub statement_descriptor: Option<String>,
}

#[cfg(feature = "payouts")]
impl Payout {
    /// A `Payout` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            created,
            livemode: None,
            status: None,
            r#type: None,
            beneficiary: None,
            beneficiary_data: None,
            payment_amount: None,
            payment_currency: None,
            source_amount: None,
            source_currency: None,
            description: None,
            metadata: None,
            payment_intents: None,
            arrival_date: None,
            automatic: None,
            original_payout: None,
            reversed_by: None,
            source_type: None,
            statement_descriptor: None,
        }
    }
}

#[cfg(feature = "payouts")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Payout {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Payout",
            &[
                "id",
                "object",
                "created",
                "livemode",
                "status",
                "type",
                "beneficiary",
                "beneficiary_data",
                "payment_amount",
                "payment_currency",
                "source_amount",
                "source_currency",
                "description",
                "metadata",
                "payment_intents",
                "arrival_date",
                "automatic",
                "original_payout",
                "reversed_by",
                "source_type",
                "statement_descriptor",
            ],
            &[
                false, false, false, true, true, true, true, true, true, true, true,
                true, true, true, true, true, true, true, true, true, true,
            ],
            &[&self.id, &self.object, &self.created],
            &[
                &self.livemode,
                &self.status,
                &self.r#type,
                &self.beneficiary,
                &self.beneficiary_data,
                &self.payment_amount,
                &self.payment_currency,
                &self.source_amount,
                &self.source_currency,
                &self.description,
                &self.metadata,
                &self.payment_intents,
                &self.arrival_date,
                &self.automatic,
                &self.original_payout,
                &self.reversed_by,
                &self.source_type,
                &self.statement_descriptor,
            ],
        )
    }
}

#[cfg(feature = "payouts")]
impl<'de> serde::Deserialize<'de> for Payout {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Payout",
            &[
                "id",
                "object",
                "created",
                "livemode",
                "status",
                "type",
                "beneficiary",
                "beneficiary_data",
                "payment_amount",
                "payment_currency",
                "source_amount",
                "source_currency",
                "description",
                "metadata",
                "payment_intents",
                "arrival_date",
                "automatic",
                "original_payout",
                "reversed_by",
                "source_type",
                "statement_descriptor",
            ],
        )
    }
}

#[cfg(feature = "payouts")]
impl<'de> crate::object::FromObject<'de> for Payout {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut status_slot: Option<crate::types::PayoutStatus> = None;
        let mut type_slot: Option<crate::types::PayoutType> = None;
        let mut beneficiary_slot: Option<String> = None;
        let mut beneficiary_data_slot: Option<crate::types::Beneficiary> = None;
        let mut payment_amount_slot: Option<i64> = None;
        let mut payment_currency_slot: Option<String> = None;
        let mut source_amount_slot: Option<i64> = None;
        let mut source_currency_slot: Option<String> = None;
        let mut description_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut payment_intents_slot: Option<Vec<String>> = None;
        let mut arrival_date_slot: Option<i64> = None;
        let mut automatic_slot: Option<bool> = None;
        let mut original_payout_slot: Option<String> = None;
        let mut reversed_by_slot: Option<String> = None;
        let mut source_type_slot: Option<String> = None;
        let mut statement_descriptor_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut livemode_slot,
                &mut status_slot,
                &mut type_slot,
                &mut beneficiary_slot,
                &mut beneficiary_data_slot,
                &mut payment_amount_slot,
                &mut payment_currency_slot,
                &mut source_amount_slot,
                &mut source_currency_slot,
                &mut description_slot,
                &mut metadata_slot,
                &mut payment_intents_slot,
                &mut arrival_date_slot,
                &mut automatic_slot,
                &mut original_payout_slot,
                &mut reversed_by_slot,
                &mut source_type_slot,
                &mut statement_descriptor_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            created: created_slot,
            livemode: livemode_slot,
            status: status_slot,
            r#type: type_slot,
            beneficiary: beneficiary_slot,
            beneficiary_data: beneficiary_data_slot,
            payment_amount: payment_amount_slot,
            payment_currency: payment_currency_slot,
            source_amount: source_amount_slot,
            source_currency: source_currency_slot,
            description: description_slot,
            metadata: metadata_slot,
            payment_intents: payment_intents_slot,
            arrival_date: arrival_date_slot,
            automatic: automatic_slot,
            original_payout: original_payout_slot,
            reversed_by: reversed_by_slot,
            source_type: source_type_slot,
            statement_descriptor: statement_descriptor_slot,
        })
    }
}

/// The `Payout Bank Account` schema of the API.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PayoutBankAccount {
    /// Number of the account.
    pub account_number: Option<String>,
    /// Name of the account's holder.
    pub account_holder_name: Option<String>,
    /// Kind of holder (`individual` in the examples).
    pub account_holder_type: Option<String>,
    /// Name of the bank.
    pub bank_name: Option<String>,
    /// Country of the bank (two letters).
    pub country: Option<String>,
    /// Currency of the account.
    pub currency: Option<String>,
    /// SWIFT/BIC code of the bank.
    pub swift: Option<String>,
    /// Local routing number of the bank.
    pub routing_number: Option<String>,
    /// Phone number of the holder.
    pub phone_number: Option<String>,
    /// Email address of the holder.
    pub email: Option<String>,
    /// The holder's date of birth, each part as text.
    pub dob: Option<crate::types::PayoutBankAccountDob>,
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl serde::Serialize for PayoutBankAccount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PayoutBankAccount",
            &[
                "account_number",
                "account_holder_name",
                "account_holder_type",
                "bank_name",
                "country",
                "currency",
                "swift",
                "routing_number",
                "phone_number",
                "email",
                "dob",
            ],
            &[true, true, true, true, true, true, true, true, true, true, true],
            &[],
            &[
                &self.account_number,
                &self.account_holder_name,
                &self.account_holder_type,
                &self.bank_name,
                &self.country,
                &self.currency,
                &self.swift,
                &self.routing_number,
                &self.phone_number,
                &self.email,
                &self.dob,
            ],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> serde::Deserialize<'de> for PayoutBankAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PayoutBankAccount",
            &[
                "account_number",
                "account_holder_name",
                "account_holder_type",
                "bank_name",
                "country",
                "currency",
                "swift",
                "routing_number",
                "phone_number",
                "email",
                "dob",
            ],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> crate::object::FromObject<'de> for PayoutBankAccount {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut account_number_slot: Option<String> = None;
        let mut account_holder_name_slot: Option<String> = None;
        let mut account_holder_type_slot: Option<String> = None;
        let mut bank_name_slot: Option<String> = None;
        let mut country_slot: Option<String> = None;
        let mut currency_slot: Option<String> = None;
        let mut swift_slot: Option<String> = None;
        let mut routing_number_slot: Option<String> = None;
        let mut phone_number_slot: Option<String> = None;
        let mut email_slot: Option<String> = None;
        let mut dob_slot: Option<crate::types::PayoutBankAccountDob> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut account_number_slot,
                &mut account_holder_name_slot,
                &mut account_holder_type_slot,
                &mut bank_name_slot,
                &mut country_slot,
                &mut currency_slot,
                &mut swift_slot,
                &mut routing_number_slot,
                &mut phone_number_slot,
                &mut email_slot,
                &mut dob_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            account_number: account_number_slot,
            account_holder_name: account_holder_name_slot,
            account_holder_type: account_holder_type_slot,
            bank_name: bank_name_slot,
            country: country_slot,
            currency: currency_slot,
            swift: swift_slot,
            routing_number: routing_number_slot,
            phone_number: phone_number_slot,
            email: email_slot,
            dob: dob_slot,
        })
    }
}

/// The holder's date of birth, each part as text.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PayoutBankAccountDob {
    /// Day of the month.
    pub day: Option<String>,
    /// Month.
    pub month: Option<String>,
    /// Year.
    pub year: Option<String>,
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl serde::Serialize for PayoutBankAccountDob {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PayoutBankAccountDob",
            &["day", "month", "year"],
            &[true, true, true],
            &[],
            &[&self.day, &self.month, &self.year],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> serde::Deserialize<'de> for PayoutBankAccountDob {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PayoutBankAccountDob",
            &["day", "month", "year"],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> crate::object::FromObject<'de> for PayoutBankAccountDob {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut day_slot: Option<String> = None;
        let mut month_slot: Option<String> = None;
        let mut year_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut day_slot, &mut month_slot, &mut year_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            day: day_slot,
            month: month_slot,
            year: year_slot,
        })
    }
}

/// Where the payout stands: `pending` when created, `in_transit` once sent to the bank, then `paid` or `failed`; `canceled` if it was canceled first.
#[cfg(feature = "payouts")]
#[derive(Clone)]
pub enum PayoutStatus {
    /// `pending`
    Pending,
    /// `in_transit`
    InTransit,
    /// `paid`
    Paid,
    /// `failed`
    Failed,
    /// `canceled`
    Canceled,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "payouts")]
impl PayoutStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::InTransit => "in_transit",
            Self::Paid => "paid",
            Self::Failed => "failed",
            Self::Canceled => "canceled",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "payouts")]
impl From<&str> for PayoutStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "in_transit" => Self::InTransit,
            "paid" => Self::Paid,
            "failed" => Self::Failed,
            "canceled" => Self::Canceled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "payouts")]
string_enum_impls!(PayoutStatus);

/// Kind of payout.
///
/// Also used at `#/components/schemas/Payout/properties/type`, `#/paths/~1v1~1payouts/post/requestBody/content/application~1json/schema/properties/type`.
#[cfg(feature = "payouts")]
#[derive(Clone)]
pub enum PayoutType {
    /// `local`
    Local,
    /// `global`
    Global,
    /// `to_China`
    ToChina,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "payouts")]
impl PayoutType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Local => "local",
            Self::Global => "global",
            Self::ToChina => "to_China",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "payouts")]
impl From<&str> for PayoutType {
    fn from(value: &str) -> Self {
        match value {
            "local" => Self::Local,
            "global" => Self::Global,
            "to_China" => Self::ToChina,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "payouts")]
string_enum_impls!(PayoutType);

/// The `Payout Vpa` schema of the API.
#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PayoutVpa {
    /// Virtual payment address (`name@bank`).
    pub vpa: Option<String>,
    /// Phone number of the holder.
    pub phone_number: Option<String>,
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl serde::Serialize for PayoutVpa {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PayoutVpa",
            &["vpa", "phone_number"],
            &[true, true],
            &[],
            &[&self.vpa, &self.phone_number],
        )
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> serde::Deserialize<'de> for PayoutVpa {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "PayoutVpa", &["vpa", "phone_number"])
    }
}

#[cfg(any(feature = "beneficiaries", feature = "payouts"))]
impl<'de> crate::object::FromObject<'de> for PayoutVpa {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut vpa_slot: Option<String> = None;
        let mut phone_number_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut vpa_slot, &mut phone_number_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            vpa: vpa_slot,
            phone_number: phone_number_slot,
        })
    }
}

/// What a product costs, once or per billing period, in one currency.
#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Price {
    /// Identifier of the price (`price_...`).
    pub id: String,
    /// Always `price`.
    pub object: String,
    /// Whether the price can be used in new purchases.
    pub active: Option<bool>,
    /// `per_unit` (unit amount times quantity) or `tiered`.
    pub billing_scheme: Option<crate::types::BillingScheme>,
    /// Creation time. The retrieve page says seconds since the Unix epoch; the prices embedded in the checkout examples give milliseconds.
    pub created: i64,
    /// Three-letter ISO currency code, upper case.
    pub currency: Option<String>,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// A key of up to 200 characters to find the price by.
    pub lookup_key: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Internal name of the price, not shown to customers.
    pub nickname: Option<String>,
    /// The product the price belongs to: its ID (as the retrieve page types it) or the product itself (as the checkout examples embed it).
    pub product: Option<crate::Expandable<crate::types::Product>>,
    /// The billing period, for a recurring price.
    pub recurring: Option<crate::types::PriceRecurring>,
    /// `one_time` for a single purchase, `recurring` for a subscription.
    pub r#type: Option<crate::types::PriceType>,
    /// Price of one unit in the smallest currency unit. The retrieve page and the checkout examples give a number, the create page types it a string: both are read, a number is sent.
    ///
    /// The API documents it both as a number and as a string of digits: sent as a number, read from either.
    pub unit_amount: Option<i64>,
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl Price {
    /// A `Price` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            active: None,
            billing_scheme: None,
            created,
            currency: None,
            livemode: None,
            lookup_key: None,
            metadata: None,
            nickname: None,
            product: None,
            recurring: None,
            r#type: None,
            unit_amount: None,
        }
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
#[cfg(feature = "serialize")]
impl serde::Serialize for Price {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Price",
            &[
                "id",
                "object",
                "active",
                "billing_scheme",
                "created",
                "currency",
                "livemode",
                "lookup_key",
                "metadata",
                "nickname",
                "product",
                "recurring",
                "type",
                "unit_amount",
            ],
            &[
                false, false, true, true, false, true, true, true, true, true, true,
                true, true, true,
            ],
            &[&self.id, &self.object, &self.created],
            &[
                &self.active,
                &self.billing_scheme,
                &self.currency,
                &self.livemode,
                &self.lookup_key,
                &self.metadata,
                &self.nickname,
                &self.product,
                &self.recurring,
                &self.r#type,
                &self.unit_amount,
            ],
        )
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl<'de> serde::Deserialize<'de> for Price {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Price",
            &[
                "id",
                "object",
                "created",
                "active",
                "billing_scheme",
                "currency",
                "livemode",
                "lookup_key",
                "metadata",
                "nickname",
                "product",
                "recurring",
                "type",
                "unit_amount",
            ],
        )
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl<'de> crate::object::FromObject<'de> for Price {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut active_slot: Option<bool> = None;
        let mut billing_scheme_slot: Option<crate::types::BillingScheme> = None;
        let mut created_slot: Option<i64> = None;
        let mut currency_slot: Option<String> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut lookup_key_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut nickname_slot: Option<String> = None;
        let mut product_slot: Option<crate::Expandable<crate::types::Product>> = None;
        let mut recurring_slot: Option<crate::types::PriceRecurring> = None;
        let mut type_slot: Option<crate::types::PriceType> = None;
        let mut unit_amount_slot: Option<crate::object::AnyInteger> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut active_slot,
                &mut billing_scheme_slot,
                &mut currency_slot,
                &mut livemode_slot,
                &mut lookup_key_slot,
                &mut metadata_slot,
                &mut nickname_slot,
                &mut product_slot,
                &mut recurring_slot,
                &mut type_slot,
                &mut unit_amount_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            active: active_slot,
            billing_scheme: billing_scheme_slot,
            created: created_slot,
            currency: currency_slot,
            livemode: livemode_slot,
            lookup_key: lookup_key_slot,
            metadata: metadata_slot,
            nickname: nickname_slot,
            product: product_slot,
            recurring: recurring_slot,
            r#type: type_slot,
            unit_amount: unit_amount_slot.map(|v| v.0),
        })
    }
}

/// How a recurring price bills.
#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PriceRecurring {
    /// The billing period's unit.
    pub interval: Option<crate::types::PriceRecurringInterval>,
    /// How many intervals make one billing period (`month` and 3 bill quarterly), three years at most. The price page types it a string, the subscription update example sends a number: both are read, a number is sent.
    ///
    /// The API documents it both as a number and as a string of digits: sent as a number, read from either.
    pub interval_count: Option<i64>,
    /// `licensed` (the default) bills the quantity set on the subscription; `metered` bills the usage reported over the period.
    pub usage_type: Option<crate::types::PriceRecurringUsageType>,
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl serde::Serialize for PriceRecurring {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PriceRecurring",
            &["interval", "interval_count", "usage_type"],
            &[true, true, true],
            &[],
            &[&self.interval, &self.interval_count, &self.usage_type],
        )
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl<'de> serde::Deserialize<'de> for PriceRecurring {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PriceRecurring",
            &["interval", "interval_count", "usage_type"],
        )
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl<'de> crate::object::FromObject<'de> for PriceRecurring {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut interval_slot: Option<crate::types::PriceRecurringInterval> = None;
        let mut interval_count_slot: Option<crate::object::AnyInteger> = None;
        let mut usage_type_slot: Option<crate::types::PriceRecurringUsageType> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut interval_slot, &mut interval_count_slot, &mut usage_type_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            interval: interval_slot,
            interval_count: interval_count_slot.map(|v| v.0),
            usage_type: usage_type_slot,
        })
    }
}

/// The billing period's unit.
#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
#[derive(Clone)]
pub enum PriceRecurringInterval {
    /// `day`
    Day,
    /// `week`
    Week,
    /// `month`
    Month,
    /// `year`
    Year,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl PriceRecurringInterval {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Year => "year",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl From<&str> for PriceRecurringInterval {
    fn from(value: &str) -> Self {
        match value {
            "day" => Self::Day,
            "week" => Self::Week,
            "month" => Self::Month,
            "year" => Self::Year,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
string_enum_impls!(PriceRecurringInterval);

/// `licensed` (the default) bills the quantity set on the subscription; `metered` bills the usage reported over the period.
#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
#[derive(Clone)]
pub enum PriceRecurringUsageType {
    /// `licensed`
    Licensed,
    /// `metered`
    Metered,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl PriceRecurringUsageType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Licensed => "licensed",
            Self::Metered => "metered",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl From<&str> for PriceRecurringUsageType {
    fn from(value: &str) -> Self {
        match value {
            "licensed" => Self::Licensed,
            "metered" => Self::Metered,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
string_enum_impls!(PriceRecurringUsageType);

/// `one_time` for a single purchase, `recurring` for a subscription.
#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
#[derive(Clone)]
pub enum PriceType {
    /// `one_time`
    OneTime,
    /// `recurring`
    Recurring,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl PriceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneTime => "one_time",
            Self::Recurring => "recurring",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl From<&str> for PriceType {
    fn from(value: &str) -> Self {
        match value {
            "one_time" => Self::OneTime,
            "recurring" => Self::Recurring,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
string_enum_impls!(PriceType);

/// Something the merchant sells; its prices say what it costs.
#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "products",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Product {
    /// Identifier of the product (`prod_...`).
    pub id: String,
    /// Always `product`.
    pub object: String,
    /// Whether the product can be sold.
    pub active: Option<bool>,
    /// Creation time; the products embedded in the checkout examples give milliseconds since the Unix epoch.
    pub created: i64,
    /// Longer text about the product, shown to the customer.
    pub description: Option<String>,
    /// URLs of pictures of the product (up to 8).
    pub images: Option<Vec<String>>,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Name of the product, shown to the customer.
    pub name: String,
    /// Time of the last change, in the unit of `created`.
    pub updated: Option<i64>,
    /// Public web page of the product.
    pub url: Option<String>,
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "products",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl Product {
    /// A `Product` with its required fields (`id`, `object`, `created`, `name`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        object: impl Into<String>,
        created: i64,
        name: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            active: None,
            created,
            description: None,
            images: None,
            livemode: None,
            metadata: None,
            name: name.into(),
            updated: None,
            url: None,
        }
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "products",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
#[cfg(feature = "serialize")]
impl serde::Serialize for Product {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Product",
            &[
                "id",
                "object",
                "active",
                "created",
                "description",
                "images",
                "livemode",
                "metadata",
                "name",
                "updated",
                "url",
            ],
            &[false, false, true, false, true, true, true, true, false, true, true],
            &[&self.id, &self.object, &self.created, &self.name],
            &[
                &self.active,
                &self.description,
                &self.images,
                &self.livemode,
                &self.metadata,
                &self.updated,
                &self.url,
            ],
        )
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "products",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl<'de> serde::Deserialize<'de> for Product {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Product",
            &[
                "id",
                "object",
                "created",
                "name",
                "active",
                "description",
                "images",
                "livemode",
                "metadata",
                "updated",
                "url",
            ],
        )
    }
}

#[cfg(
    any(
        feature = "payment_links",
        feature = "prices",
        feature = "products",
        feature = "subscription_items",
        feature = "subscriptions"
    )
)]
impl<'de> crate::object::FromObject<'de> for Product {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut active_slot: Option<bool> = None;
        let mut created_slot: Option<i64> = None;
        let mut description_slot: Option<String> = None;
        let mut images_slot: Option<Vec<String>> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut name_slot: Option<String> = None;
        let mut updated_slot: Option<i64> = None;
        let mut url_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot, &mut name_slot],
            &mut [
                &mut active_slot,
                &mut description_slot,
                &mut images_slot,
                &mut livemode_slot,
                &mut metadata_slot,
                &mut updated_slot,
                &mut url_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        let Some(name_slot) = name_slot else {
            return crate::object::missing("name");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            active: active_slot,
            created: created_slot,
            description: description_slot,
            images: images_slot,
            livemode: livemode_slot,
            metadata: metadata_slot,
            name: name_slot,
            updated: updated_slot,
            url: url_slot,
        })
    }
}

/// A product created together with the price that uses it.
#[cfg(any(feature = "prices", feature = "subscriptions"))]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct ProductData {
    /// Identifier (null in the Create a Product example, a generated value in the subscription update example).
    pub id: Option<String>,
    /// Name of the new product, shown to the customer.
    pub name: Option<String>,
    /// Whether the new product can be sold.
    pub active: Option<bool>,
    /// Longer text about the new product.
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Public web page of the new product.
    pub url: Option<String>,
    /// URLs of pictures of the new product.
    pub images: Option<Vec<String>>,
}

#[cfg(any(feature = "prices", feature = "subscriptions"))]
impl serde::Serialize for ProductData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "ProductData",
            &["id", "name", "active", "description", "metadata", "url", "images"],
            &[true, true, true, true, true, true, true],
            &[],
            &[
                &self.id,
                &self.name,
                &self.active,
                &self.description,
                &self.metadata,
                &self.url,
                &self.images,
            ],
        )
    }
}

#[cfg(any(feature = "prices", feature = "subscriptions"))]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for ProductData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "ProductData",
            &["id", "name", "active", "description", "metadata", "url", "images"],
        )
    }
}

#[cfg(any(feature = "prices", feature = "subscriptions"))]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for ProductData {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut name_slot: Option<String> = None;
        let mut active_slot: Option<bool> = None;
        let mut description_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut url_slot: Option<String> = None;
        let mut images_slot: Option<Vec<String>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut id_slot,
                &mut name_slot,
                &mut active_slot,
                &mut description_slot,
                &mut metadata_slot,
                &mut url_slot,
                &mut images_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            id: id_slot,
            name: name_slot,
            active: active_slot,
            description: description_slot,
            metadata: metadata_slot,
            url: url_slot,
            images: images_slot,
        })
    }
}

/// A code customers enter to get a coupon's discount.
#[cfg(feature = "promotion_codes")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PromotionCode {
    /// Identifier of the promotion code.
    pub id: String,
    /// The object's type.
    pub object: String,
    /// Whether the code can be redeemed.
    pub active: Option<bool>,
    /// What the customer types to get the discount.
    pub code: Option<String>,
    /// The coupon the code grants.
    pub coupon: Option<crate::types::Coupon>,
    /// Creation time.
    pub created: i64,
    /// ID of the only customer who may use the code, if any.
    pub customer: Option<String>,
    /// When the code stops working (null in the example; the create page types it a string): both a number and a numeric string are read.
    ///
    /// The API documents it both as a number and as a string of digits: sent as a number, read from either.
    pub expires_at: Option<i64>,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// How many times the code can be redeemed in all.
    pub max_redemptions: Option<i64>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Conditions on who can use the code and for what.
    pub restrictions: Option<crate::types::PromotionCodeRestrictions>,
    /// How many times the code was redeemed.
    pub times_redeemed: Option<i64>,
}

#[cfg(feature = "promotion_codes")]
impl PromotionCode {
    /// A `PromotionCode` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            active: None,
            code: None,
            coupon: None,
            created,
            customer: None,
            expires_at: None,
            livemode: None,
            max_redemptions: None,
            metadata: None,
            restrictions: None,
            times_redeemed: None,
        }
    }
}

#[cfg(feature = "promotion_codes")]
#[cfg(feature = "serialize")]
impl serde::Serialize for PromotionCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PromotionCode",
            &[
                "id",
                "object",
                "active",
                "code",
                "coupon",
                "created",
                "customer",
                "expires_at",
                "livemode",
                "max_redemptions",
                "metadata",
                "restrictions",
                "times_redeemed",
            ],
            &[
                false, false, true, true, true, false, true, true, true, true, true,
                true, true,
            ],
            &[&self.id, &self.object, &self.created],
            &[
                &self.active,
                &self.code,
                &self.coupon,
                &self.customer,
                &self.expires_at,
                &self.livemode,
                &self.max_redemptions,
                &self.metadata,
                &self.restrictions,
                &self.times_redeemed,
            ],
        )
    }
}

#[cfg(feature = "promotion_codes")]
impl<'de> serde::Deserialize<'de> for PromotionCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PromotionCode",
            &[
                "id",
                "object",
                "created",
                "active",
                "code",
                "coupon",
                "customer",
                "expires_at",
                "livemode",
                "max_redemptions",
                "metadata",
                "restrictions",
                "times_redeemed",
            ],
        )
    }
}

#[cfg(feature = "promotion_codes")]
impl<'de> crate::object::FromObject<'de> for PromotionCode {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut active_slot: Option<bool> = None;
        let mut code_slot: Option<String> = None;
        let mut coupon_slot: Option<crate::types::Coupon> = None;
        let mut created_slot: Option<i64> = None;
        let mut customer_slot: Option<String> = None;
        let mut expires_at_slot: Option<crate::object::AnyInteger> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut max_redemptions_slot: Option<i64> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut restrictions_slot: Option<crate::types::PromotionCodeRestrictions> = None;
        let mut times_redeemed_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut active_slot,
                &mut code_slot,
                &mut coupon_slot,
                &mut customer_slot,
                &mut expires_at_slot,
                &mut livemode_slot,
                &mut max_redemptions_slot,
                &mut metadata_slot,
                &mut restrictions_slot,
                &mut times_redeemed_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            active: active_slot,
            code: code_slot,
            coupon: coupon_slot,
            created: created_slot,
            customer: customer_slot,
            expires_at: expires_at_slot.map(|v| v.0),
            livemode: livemode_slot,
            max_redemptions: max_redemptions_slot,
            metadata: metadata_slot,
            restrictions: restrictions_slot,
            times_redeemed: times_redeemed_slot,
        })
    }
}

/// Conditions under which a promotion code can be used.
#[cfg(feature = "promotion_codes")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct PromotionCodeRestrictions {
    /// Whether only customers paying for the first time can use the code.
    pub first_time_transaction: Option<bool>,
    /// Smallest order total, in the smallest currency unit, the code applies to.
    pub minimum_amount: Option<i64>,
    /// Three-letter ISO currency code of `minimum_amount`.
    pub minimum_amount_currency: Option<String>,
}

#[cfg(feature = "promotion_codes")]
impl serde::Serialize for PromotionCodeRestrictions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "PromotionCodeRestrictions",
            &["first_time_transaction", "minimum_amount", "minimum_amount_currency"],
            &[true, true, true],
            &[],
            &[
                &self.first_time_transaction,
                &self.minimum_amount,
                &self.minimum_amount_currency,
            ],
        )
    }
}

#[cfg(feature = "promotion_codes")]
impl<'de> serde::Deserialize<'de> for PromotionCodeRestrictions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "PromotionCodeRestrictions",
            &["first_time_transaction", "minimum_amount", "minimum_amount_currency"],
        )
    }
}

#[cfg(feature = "promotion_codes")]
impl<'de> crate::object::FromObject<'de> for PromotionCodeRestrictions {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut first_time_transaction_slot: Option<bool> = None;
        let mut minimum_amount_slot: Option<i64> = None;
        let mut minimum_amount_currency_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut first_time_transaction_slot,
                &mut minimum_amount_slot,
                &mut minimum_amount_currency_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            first_time_transaction: first_time_transaction_slot,
            minimum_amount: minimum_amount_slot,
            minimum_amount_currency: minimum_amount_currency_slot,
        })
    }
}

/// The `Refund` schema of the API.
#[cfg(feature = "refunds")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Refund {
    /// Identifier of the refund (`re_...`).
    pub id: String,
    /// Always `refund`.
    pub object: String,
    /// Amount refunded, in the smallest currency unit.
    pub amount: Option<i64>,
    /// ID of the balance transaction of the refund.
    pub balance_transaction: Option<String>,
    /// Creation time; the retrieve page's example gives seconds since the Unix epoch (1644328172), unlike the payment objects' milliseconds.
    pub created: i64,
    /// Three-letter ISO currency code.
    pub currency: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// ID of the refunded PaymentIntent.
    pub payment_intent: Option<String>,
    /// Why the refund was made.
    pub reason: Option<crate::types::RefundReason>,
    /// Number of the refund receipt.
    pub receipt_number: Option<String>,
    /// State of the refund: `succeeded` in the example; `failed` is inferred from `failure_reason`.
    pub status: Option<crate::types::RefundStatus>,
    /// Free text about the refund.
    pub description: Option<String>,
    /// Why the refund failed.
    pub failure_reason: Option<crate::types::RefundFailureReason>,
}

#[cfg(feature = "refunds")]
impl Refund {
    /// A `Refund` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            amount: None,
            balance_transaction: None,
            created,
            currency: None,
            metadata: None,
            payment_intent: None,
            reason: None,
            receipt_number: None,
            status: None,
            description: None,
            failure_reason: None,
        }
    }
}

#[cfg(feature = "refunds")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Refund {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Refund",
            &[
                "id",
                "object",
                "amount",
                "balance_transaction",
                "created",
                "currency",
                "metadata",
                "payment_intent",
                "reason",
                "receipt_number",
                "status",
                "description",
                "failure_reason",
            ],
            &[
                false, false, true, true, false, true, true, true, true, true, true,
                true, true,
            ],
            &[&self.id, &self.object, &self.created],
            &[
                &self.amount,
                &self.balance_transaction,
                &self.currency,
                &self.metadata,
                &self.payment_intent,
                &self.reason,
                &self.receipt_number,
                &self.status,
                &self.description,
                &self.failure_reason,
            ],
        )
    }
}

#[cfg(feature = "refunds")]
impl<'de> serde::Deserialize<'de> for Refund {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Refund",
            &[
                "id",
                "object",
                "created",
                "amount",
                "balance_transaction",
                "currency",
                "metadata",
                "payment_intent",
                "reason",
                "receipt_number",
                "status",
                "description",
                "failure_reason",
            ],
        )
    }
}

#[cfg(feature = "refunds")]
impl<'de> crate::object::FromObject<'de> for Refund {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut amount_slot: Option<i64> = None;
        let mut balance_transaction_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut currency_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut payment_intent_slot: Option<String> = None;
        let mut reason_slot: Option<crate::types::RefundReason> = None;
        let mut receipt_number_slot: Option<String> = None;
        let mut status_slot: Option<crate::types::RefundStatus> = None;
        let mut description_slot: Option<String> = None;
        let mut failure_reason_slot: Option<crate::types::RefundFailureReason> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut amount_slot,
                &mut balance_transaction_slot,
                &mut currency_slot,
                &mut metadata_slot,
                &mut payment_intent_slot,
                &mut reason_slot,
                &mut receipt_number_slot,
                &mut status_slot,
                &mut description_slot,
                &mut failure_reason_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            amount: amount_slot,
            balance_transaction: balance_transaction_slot,
            created: created_slot,
            currency: currency_slot,
            metadata: metadata_slot,
            payment_intent: payment_intent_slot,
            reason: reason_slot,
            receipt_number: receipt_number_slot,
            status: status_slot,
            description: description_slot,
            failure_reason: failure_reason_slot,
        })
    }
}

/// Why the refund failed.
#[cfg(feature = "refunds")]
#[derive(Clone)]
pub enum RefundFailureReason {
    /// `lost_or_stolen_card`
    LostOrStolenCard,
    /// `expired_or_canceled_card`
    ExpiredOrCanceledCard,
    /// `unknown`
    Unknown,
    /// A value this version of the spec does not list, kept as the server sent it.
    UnknownValue(String),
}

#[cfg(feature = "refunds")]
impl RefundFailureReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LostOrStolenCard => "lost_or_stolen_card",
            Self::ExpiredOrCanceledCard => "expired_or_canceled_card",
            Self::Unknown => "unknown",
            Self::UnknownValue(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "refunds")]
impl From<&str> for RefundFailureReason {
    fn from(value: &str) -> Self {
        match value {
            "lost_or_stolen_card" => Self::LostOrStolenCard,
            "expired_or_canceled_card" => Self::ExpiredOrCanceledCard,
            "unknown" => Self::Unknown,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

#[cfg(feature = "refunds")]
string_enum_impls!(RefundFailureReason);

/// Why the refund was made.
#[cfg(feature = "refunds")]
#[derive(Clone)]
pub enum RefundReason {
    /// `duplicate`
    Duplicate,
    /// `fraudulent`
    Fraudulent,
    /// `requested_by_customer`
    RequestedByCustomer,
    /// `expired_uncaptured_charge`
    ExpiredUncapturedCharge,
    /// `resolved_dispute`
    ResolvedDispute,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "refunds")]
impl RefundReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Duplicate => "duplicate",
            Self::Fraudulent => "fraudulent",
            Self::RequestedByCustomer => "requested_by_customer",
            Self::ExpiredUncapturedCharge => "expired_uncaptured_charge",
            Self::ResolvedDispute => "resolved_dispute",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "refunds")]
impl From<&str> for RefundReason {
    fn from(value: &str) -> Self {
        match value {
            "duplicate" => Self::Duplicate,
            "fraudulent" => Self::Fraudulent,
            "requested_by_customer" => Self::RequestedByCustomer,
            "expired_uncaptured_charge" => Self::ExpiredUncapturedCharge,
            "resolved_dispute" => Self::ResolvedDispute,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "refunds")]
string_enum_impls!(RefundReason);

/// State of the refund: `succeeded` in the example; `failed` is inferred from `failure_reason`.
#[cfg(feature = "refunds")]
#[derive(Clone)]
pub enum RefundStatus {
    /// `succeeded`
    Succeeded,
    /// `failed`
    Failed,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "refunds")]
impl RefundStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "refunds")]
impl From<&str> for RefundStatus {
    fn from(value: &str) -> Self {
        match value {
            "succeeded" => Self::Succeeded,
            "failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "refunds")]
string_enum_impls!(RefundStatus);

/// Query and header parameters of [`search`](crate::resources).
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct SearchPaymentIntents {
    /// The search query (`merchant_order_id:'order1234'`).
    pub query: String,
    /// How many PaymentIntents to return, 1 to 100 (default 10).
    pub limit: Option<i64>,
}

#[cfg(feature = "payment_intents")]
impl SearchPaymentIntents {
    /// A `SearchPaymentIntents` with its required fields (`query`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            query: query.into(),
            limit: None,
        }
    }
}

#[cfg(feature = "payment_intents")]
impl serde::Serialize for SearchPaymentIntents {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "SearchPaymentIntents",
            &["query", "limit"],
            &[false, true],
            &[&self.query],
            &[&self.limit],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for SearchPaymentIntents {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "SearchPaymentIntents",
            &["query", "limit"],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for SearchPaymentIntents {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut query_slot: Option<String> = None;
        let mut limit_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut query_slot],
            &mut [&mut limit_slot],
        ) {
            return Err(error);
        }
        let Some(query_slot) = query_slot else {
            return crate::object::missing("query");
        };
        Ok(Self {
            query: query_slot,
            limit: limit_slot,
        })
    }
}

/// Collects and saves a customer's payment method for later payments, without paying now.
#[cfg(feature = "setup_intents")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct SetupIntent {
    /// Identifier of the SetupIntent (`seti_...`, as a Checkout Session's `setup_intent` shows).
    pub id: String,
    /// Kind of object (`setup_intent`; not shown on the pages).
    pub object: Option<String>,
    /// Creation time; assumed to count milliseconds like the other WooshPay objects (not shown on the pages).
    pub created: Option<i64>,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// Where the setup stands: `succeeded` once the payment method is saved (the `setup_intent.succeeded` event); the other values are not shown on the pages.
    pub status: Option<String>,
    /// ID of the customer the payment method is saved to once the setup succeeds.
    pub customer: Option<String>,
    /// Free text about the setup.
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// ID of the payment method being set up.
    pub payment_method: Option<String>,
    /// Payment method types this SetupIntent may set up (`card`).
    pub payment_method_types: Option<Vec<String>>,
    /// Options by payment method type.
    pub payment_method_options: Option<crate::types::SetupIntentPaymentMethodOptions>,
    /// How the saved payment method will be used: `on_session` (the customer is present) or `off_session` (the default).
    pub usage: Option<crate::types::SetupIntentUsage>,
    /// Secret handed to the front end to complete the setup there (not shown on the pages, as on a PaymentIntent).
    pub client_secret: Option<String>,
    /// Next Action
    ///
    /// What the customer must do next (3D Secure), shaped like a PaymentIntent's (not shown on the Setup Intent pages).
    pub next_action: Option<crate::types::SetupIntentNextAction>,
}

#[cfg(feature = "setup_intents")]
impl SetupIntent {
    /// A `SetupIntent` with its required fields (`id`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            object: None,
            created: None,
            livemode: None,
            status: None,
            customer: None,
            description: None,
            metadata: None,
            payment_method: None,
            payment_method_types: None,
            payment_method_options: None,
            usage: None,
            client_secret: None,
            next_action: None,
        }
    }
}

#[cfg(feature = "setup_intents")]
#[cfg(feature = "serialize")]
impl serde::Serialize for SetupIntent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "SetupIntent",
            &[
                "id",
                "object",
                "created",
                "livemode",
                "status",
                "customer",
                "description",
                "metadata",
                "payment_method",
                "payment_method_types",
                "payment_method_options",
                "usage",
                "client_secret",
                "next_action",
            ],
            &[
                false, true, true, true, true, true, true, true, true, true, true, true,
                true, true,
            ],
            &[&self.id],
            &[
                &self.object,
                &self.created,
                &self.livemode,
                &self.status,
                &self.customer,
                &self.description,
                &self.metadata,
                &self.payment_method,
                &self.payment_method_types,
                &self.payment_method_options,
                &self.usage,
                &self.client_secret,
                &self.next_action,
            ],
        )
    }
}

#[cfg(feature = "setup_intents")]
impl<'de> serde::Deserialize<'de> for SetupIntent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "SetupIntent",
            &[
                "id",
                "object",
                "created",
                "livemode",
                "status",
                "customer",
                "description",
                "metadata",
                "payment_method",
                "payment_method_types",
                "payment_method_options",
                "usage",
                "client_secret",
                "next_action",
            ],
        )
    }
}

#[cfg(feature = "setup_intents")]
impl<'de> crate::object::FromObject<'de> for SetupIntent {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut status_slot: Option<String> = None;
        let mut customer_slot: Option<String> = None;
        let mut description_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut payment_method_slot: Option<String> = None;
        let mut payment_method_types_slot: Option<Vec<String>> = None;
        let mut payment_method_options_slot: Option<
            crate::types::SetupIntentPaymentMethodOptions,
        > = None;
        let mut usage_slot: Option<crate::types::SetupIntentUsage> = None;
        let mut client_secret_slot: Option<String> = None;
        let mut next_action_slot: Option<crate::types::SetupIntentNextAction> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot],
            &mut [
                &mut object_slot,
                &mut created_slot,
                &mut livemode_slot,
                &mut status_slot,
                &mut customer_slot,
                &mut description_slot,
                &mut metadata_slot,
                &mut payment_method_slot,
                &mut payment_method_types_slot,
                &mut payment_method_options_slot,
                &mut usage_slot,
                &mut client_secret_slot,
                &mut next_action_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            created: created_slot,
            livemode: livemode_slot,
            status: status_slot,
            customer: customer_slot,
            description: description_slot,
            metadata: metadata_slot,
            payment_method: payment_method_slot,
            payment_method_types: payment_method_types_slot,
            payment_method_options: payment_method_options_slot,
            usage: usage_slot,
            client_secret: client_secret_slot,
            next_action: next_action_slot,
        })
    }
}

/// What the customer must do next (3D Secure), shaped like a PaymentIntent's (not shown on the Setup Intent pages).
#[cfg(feature = "setup_intents")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct SetupIntentNextAction {
    /// Kind of action, `challenge_redirect` in the examples.
    pub r#type: Option<String>,
    /// A page the customer is sent to.
    pub challenge_redirect: Option<crate::types::NextActionRedirect>,
}

#[cfg(feature = "setup_intents")]
#[cfg(feature = "serialize")]
impl serde::Serialize for SetupIntentNextAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "SetupIntentNextAction",
            &["type", "challenge_redirect"],
            &[true, true],
            &[],
            &[&self.r#type, &self.challenge_redirect],
        )
    }
}

#[cfg(feature = "setup_intents")]
impl<'de> serde::Deserialize<'de> for SetupIntentNextAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "SetupIntentNextAction",
            &["type", "challenge_redirect"],
        )
    }
}

#[cfg(feature = "setup_intents")]
impl<'de> crate::object::FromObject<'de> for SetupIntentNextAction {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_slot: Option<String> = None;
        let mut challenge_redirect_slot: Option<crate::types::NextActionRedirect> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut type_slot, &mut challenge_redirect_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            r#type: type_slot,
            challenge_redirect: challenge_redirect_slot,
        })
    }
}

/// Options of a SetupIntent by payment method type.
#[cfg(feature = "setup_intents")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct SetupIntentPaymentMethodOptions {
    /// Options for setting up a card.
    pub card: Option<crate::types::SetupIntentPaymentMethodOptionsCard>,
}

#[cfg(feature = "setup_intents")]
impl serde::Serialize for SetupIntentPaymentMethodOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "SetupIntentPaymentMethodOptions",
            &["card"],
            &[true],
            &[],
            &[&self.card],
        )
    }
}

#[cfg(feature = "setup_intents")]
impl<'de> serde::Deserialize<'de> for SetupIntentPaymentMethodOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "SetupIntentPaymentMethodOptions",
            &["card"],
        )
    }
}

#[cfg(feature = "setup_intents")]
impl<'de> crate::object::FromObject<'de> for SetupIntentPaymentMethodOptions {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut card_slot: Option<crate::types::SetupIntentPaymentMethodOptionsCard> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut card_slot],
        ) {
            return Err(error);
        }
        Ok(Self { card: card_slot })
    }
}

/// Options for setting up a card.
#[cfg(feature = "setup_intents")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct SetupIntentPaymentMethodOptionsCard {
    /// When to ask for 3D Secure (values not shown on the Setup Intent pages).
    pub request_three_d_secure: Option<String>,
}

#[cfg(feature = "setup_intents")]
impl serde::Serialize for SetupIntentPaymentMethodOptionsCard {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "SetupIntentPaymentMethodOptionsCard",
            &["request_three_d_secure"],
            &[true],
            &[],
            &[&self.request_three_d_secure],
        )
    }
}

#[cfg(feature = "setup_intents")]
impl<'de> serde::Deserialize<'de> for SetupIntentPaymentMethodOptionsCard {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "SetupIntentPaymentMethodOptionsCard",
            &["request_three_d_secure"],
        )
    }
}

#[cfg(feature = "setup_intents")]
impl<'de> crate::object::FromObject<'de> for SetupIntentPaymentMethodOptionsCard {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut request_three_d_secure_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut request_three_d_secure_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            request_three_d_secure: request_three_d_secure_slot,
        })
    }
}

/// How the saved payment method will be used: `on_session` (the customer is present) or `off_session` (the default).
///
/// Also used at `#/components/schemas/Setup Intent/properties/usage`, `#/paths/~1v1~1setup_intents~1{id}~1confirm/post/requestBody/content/application~1json/schema/properties/usage`, `#/paths/~1v1~1setup_intents/post/requestBody/content/application~1json/schema/properties/usage`.
#[cfg(feature = "setup_intents")]
#[derive(Clone)]
pub enum SetupIntentUsage {
    /// `on_session`
    OnSession,
    /// `off_session`
    OffSession,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "setup_intents")]
impl SetupIntentUsage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnSession => "on_session",
            Self::OffSession => "off_session",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "setup_intents")]
impl From<&str> for SetupIntentUsage {
    fn from(value: &str) -> Self {
        match value {
            "on_session" => Self::OnSession,
            "off_session" => Self::OffSession,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "setup_intents")]
string_enum_impls!(SetupIntentUsage);

/// The `Shipping` schema of the API.
#[cfg(
    any(feature = "charges", feature = "checkout_sessions", feature = "payment_intents")
)]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Shipping {
    /// Where the goods are shipped to.
    pub address: Option<crate::types::Address>,
    /// The delivery service that ships the goods.
    pub carrier: Option<String>,
    /// Name of the recipient.
    pub name: Option<String>,
    /// Phone number of the recipient.
    pub phone: Option<String>,
    /// Tracking number of the shipment.
    pub tracking_number: Option<String>,
}

#[cfg(
    any(feature = "charges", feature = "checkout_sessions", feature = "payment_intents")
)]
impl serde::Serialize for Shipping {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Shipping",
            &["address", "carrier", "name", "phone", "tracking_number"],
            &[true, true, true, true, true],
            &[],
            &[
                &self.address,
                &self.carrier,
                &self.name,
                &self.phone,
                &self.tracking_number,
            ],
        )
    }
}

#[cfg(
    any(feature = "charges", feature = "checkout_sessions", feature = "payment_intents")
)]
impl<'de> serde::Deserialize<'de> for Shipping {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Shipping",
            &["address", "carrier", "name", "phone", "tracking_number"],
        )
    }
}

#[cfg(
    any(feature = "charges", feature = "checkout_sessions", feature = "payment_intents")
)]
impl<'de> crate::object::FromObject<'de> for Shipping {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut address_slot: Option<crate::types::Address> = None;
        let mut carrier_slot: Option<String> = None;
        let mut name_slot: Option<String> = None;
        let mut phone_slot: Option<String> = None;
        let mut tracking_number_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut address_slot,
                &mut carrier_slot,
                &mut name_slot,
                &mut phone_slot,
                &mut tracking_number_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            address: address_slot,
            carrier: carrier_slot,
            name: name_slot,
            phone: phone_slot,
            tracking_number: tracking_number_slot,
        })
    }
}

/// Recurring billing of a customer. The pages do not show the object: these are the fields its create and update bodies set, with the identifier, type and creation time.
#[cfg(feature = "subscriptions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct Subscription {
    /// Identifier of the subscription.
    pub id: String,
    /// The object's type.
    pub object: String,
    /// Creation time.
    pub created: i64,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// Three-letter ISO currency code.
    pub currency: Option<String>,
    /// ID of the customer billed.
    pub customer: Option<String>,
    /// ID of the payment method charged by default.
    pub default_payment_method: Option<String>,
    /// Text about the subscription.
    pub description: Option<String>,
    /// The prices billed, as a list.
    pub items: Option<crate::types::SubscriptionItemList>,
    /// Data stored with the subscription; the create page types it a string.
    pub metadata: Option<String>,
    /// When the subscription is to be canceled.
    pub cancel_at: Option<i64>,
    /// Whether the subscription ends with the current period.
    pub cancel_at_period_end: Option<bool>,
    /// How invoices are paid.
    pub collection_method: Option<String>,
    /// Days a customer has to pay an invoice that is sent.
    pub days_until_due: Option<i64>,
}

#[cfg(feature = "subscriptions")]
impl Subscription {
    /// A `Subscription` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            created,
            livemode: None,
            currency: None,
            customer: None,
            default_payment_method: None,
            description: None,
            items: None,
            metadata: None,
            cancel_at: None,
            cancel_at_period_end: None,
            collection_method: None,
            days_until_due: None,
        }
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "serialize")]
impl serde::Serialize for Subscription {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "Subscription",
            &[
                "id",
                "object",
                "created",
                "livemode",
                "currency",
                "customer",
                "default_payment_method",
                "description",
                "items",
                "metadata",
                "cancel_at",
                "cancel_at_period_end",
                "collection_method",
                "days_until_due",
            ],
            &[
                false, false, false, true, true, true, true, true, true, true, true,
                true, true, true,
            ],
            &[&self.id, &self.object, &self.created],
            &[
                &self.livemode,
                &self.currency,
                &self.customer,
                &self.default_payment_method,
                &self.description,
                &self.items,
                &self.metadata,
                &self.cancel_at,
                &self.cancel_at_period_end,
                &self.collection_method,
                &self.days_until_due,
            ],
        )
    }
}

#[cfg(feature = "subscriptions")]
impl<'de> serde::Deserialize<'de> for Subscription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "Subscription",
            &[
                "id",
                "object",
                "created",
                "livemode",
                "currency",
                "customer",
                "default_payment_method",
                "description",
                "items",
                "metadata",
                "cancel_at",
                "cancel_at_period_end",
                "collection_method",
                "days_until_due",
            ],
        )
    }
}

#[cfg(feature = "subscriptions")]
impl<'de> crate::object::FromObject<'de> for Subscription {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut currency_slot: Option<String> = None;
        let mut customer_slot: Option<String> = None;
        let mut default_payment_method_slot: Option<String> = None;
        let mut description_slot: Option<String> = None;
        let mut items_slot: Option<crate::types::SubscriptionItemList> = None;
        let mut metadata_slot: Option<String> = None;
        let mut cancel_at_slot: Option<i64> = None;
        let mut cancel_at_period_end_slot: Option<bool> = None;
        let mut collection_method_slot: Option<String> = None;
        let mut days_until_due_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut livemode_slot,
                &mut currency_slot,
                &mut customer_slot,
                &mut default_payment_method_slot,
                &mut description_slot,
                &mut items_slot,
                &mut metadata_slot,
                &mut cancel_at_slot,
                &mut cancel_at_period_end_slot,
                &mut collection_method_slot,
                &mut days_until_due_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            created: created_slot,
            livemode: livemode_slot,
            currency: currency_slot,
            customer: customer_slot,
            default_payment_method: default_payment_method_slot,
            description: description_slot,
            items: items_slot,
            metadata: metadata_slot,
            cancel_at: cancel_at_slot,
            cancel_at_period_end: cancel_at_period_end_slot,
            collection_method: collection_method_slot,
            days_until_due: days_until_due_slot,
        })
    }
}

/// One price billed by a subscription, with its quantity.
#[cfg(any(feature = "subscription_items", feature = "subscriptions"))]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct SubscriptionItem {
    /// Identifier of the subscription item (`si_...`).
    pub id: String,
    /// The object's type.
    pub object: String,
    /// Data stored with the item; the page types it a string.
    pub metadata: Option<String>,
    /// The price the item bills.
    pub price: Option<crate::types::Price>,
    /// Number of units billed.
    pub quantity: Option<i64>,
    /// ID of the subscription the item belongs to.
    pub subscription: Option<String>,
}

#[cfg(any(feature = "subscription_items", feature = "subscriptions"))]
impl SubscriptionItem {
    /// A `SubscriptionItem` with its required fields (`id`, `object`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            metadata: None,
            price: None,
            quantity: None,
            subscription: None,
        }
    }
}

#[cfg(any(feature = "subscription_items", feature = "subscriptions"))]
#[cfg(feature = "serialize")]
impl serde::Serialize for SubscriptionItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "SubscriptionItem",
            &["id", "object", "metadata", "price", "quantity", "subscription"],
            &[false, false, true, true, true, true],
            &[&self.id, &self.object],
            &[&self.metadata, &self.price, &self.quantity, &self.subscription],
        )
    }
}

#[cfg(any(feature = "subscription_items", feature = "subscriptions"))]
impl<'de> serde::Deserialize<'de> for SubscriptionItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "SubscriptionItem",
            &["id", "object", "metadata", "price", "quantity", "subscription"],
        )
    }
}

#[cfg(any(feature = "subscription_items", feature = "subscriptions"))]
impl<'de> crate::object::FromObject<'de> for SubscriptionItem {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut metadata_slot: Option<String> = None;
        let mut price_slot: Option<crate::types::Price> = None;
        let mut quantity_slot: Option<i64> = None;
        let mut subscription_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot],
            &mut [
                &mut metadata_slot,
                &mut price_slot,
                &mut quantity_slot,
                &mut subscription_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            metadata: metadata_slot,
            price: price_slot,
            quantity: quantity_slot,
            subscription: subscription_slot,
        })
    }
}

/// The items of a subscription, as a list.
#[cfg(feature = "subscriptions")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct SubscriptionItemList {
    /// Always `list`.
    pub object: String,
    /// The path of this list.
    pub url: Option<String>,
    /// Whether more items follow.
    pub has_more: Option<bool>,
    /// The items.
    pub data: Vec<crate::types::SubscriptionItem>,
}

#[cfg(feature = "subscriptions")]
impl SubscriptionItemList {
    /// A `SubscriptionItemList` with its required fields (`object`, `data`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        object: impl Into<String>,
        data: Vec<crate::types::SubscriptionItem>,
    ) -> Self {
        Self {
            object: object.into(),
            url: None,
            has_more: None,
            data,
        }
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "serialize")]
impl serde::Serialize for SubscriptionItemList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "SubscriptionItemList",
            &["object", "url", "has_more", "data"],
            &[false, true, true, false],
            &[&self.object, &self.data],
            &[&self.url, &self.has_more],
        )
    }
}

#[cfg(feature = "subscriptions")]
impl<'de> serde::Deserialize<'de> for SubscriptionItemList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "SubscriptionItemList",
            &["object", "data", "url", "has_more"],
        )
    }
}

#[cfg(feature = "subscriptions")]
impl<'de> crate::object::FromObject<'de> for SubscriptionItemList {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut object_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut data_slot: Option<Vec<crate::types::SubscriptionItem>> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut object_slot, &mut data_slot],
            &mut [&mut url_slot, &mut has_more_slot],
        ) {
            return Err(error);
        }
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(data_slot) = data_slot else {
            return crate::object::missing("data");
        };
        Ok(Self {
            object: object_slot,
            url: url_slot,
            has_more: has_more_slot,
            data: data_slot,
        })
    }
}

/// A recurring price created for one subscription item.
#[cfg(any(feature = "subscription_items", feature = "subscriptions"))]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct SubscriptionPriceData {
    /// Three-letter ISO currency code.
    pub currency: String,
    /// ID of the product the new price belongs to.
    pub product: String,
    /// The billing period.
    pub recurring: crate::types::PriceRecurring,
    /// Price of one unit in the smallest currency unit (a string on the subscription item page, a number in the subscription update example): both are read, a number is sent.
    ///
    /// The API documents it both as a number and as a string of digits: sent as a number, read from either.
    pub unit_amount: i64,
}

#[cfg(any(feature = "subscription_items", feature = "subscriptions"))]
impl SubscriptionPriceData {
    /// A `SubscriptionPriceData` with its required fields (`currency`, `product`, `recurring`, `unit_amount`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        currency: impl Into<String>,
        product: impl Into<String>,
        recurring: crate::types::PriceRecurring,
        unit_amount: i64,
    ) -> Self {
        Self {
            currency: currency.into(),
            product: product.into(),
            recurring,
            unit_amount,
        }
    }
}

#[cfg(any(feature = "subscription_items", feature = "subscriptions"))]
impl serde::Serialize for SubscriptionPriceData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "SubscriptionPriceData",
            &["currency", "product", "recurring", "unit_amount"],
            &[false, false, false, false],
            &[&self.currency, &self.product, &self.recurring, &self.unit_amount],
            &[],
        )
    }
}

#[cfg(any(feature = "subscription_items", feature = "subscriptions"))]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for SubscriptionPriceData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "SubscriptionPriceData",
            &["currency", "product", "recurring", "unit_amount"],
        )
    }
}

#[cfg(any(feature = "subscription_items", feature = "subscriptions"))]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for SubscriptionPriceData {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut currency_slot: Option<String> = None;
        let mut product_slot: Option<String> = None;
        let mut recurring_slot: Option<crate::types::PriceRecurring> = None;
        let mut unit_amount_slot: Option<crate::object::AnyInteger> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [
                &mut currency_slot,
                &mut product_slot,
                &mut recurring_slot,
                &mut unit_amount_slot,
            ],
            &mut [],
        ) {
            return Err(error);
        }
        let Some(currency_slot) = currency_slot else {
            return crate::object::missing("currency");
        };
        let Some(product_slot) = product_slot else {
            return crate::object::missing("product");
        };
        let Some(recurring_slot) = recurring_slot else {
            return crate::object::missing("recurring");
        };
        let Some(unit_amount_slot) = unit_amount_slot else {
            return crate::object::missing("unit_amount");
        };
        Ok(Self {
            currency: currency_slot,
            product: product_slot,
            recurring: recurring_slot,
            unit_amount: unit_amount_slot.0,
        })
    }
}

/// The request body of `POST /v1/disputes/{id}`.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct UpdateDispute {
    /// Evidence provided to respond to a dispute. Updating any field in the hash will submit all fields in the hash for review.
    pub evidence: Option<crate::types::DisputeEvidence>,
    /// Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Whether to immediately submit evidence to the bank. If false, evidence is staged on the dispute.
    pub submit: Option<bool>,
}

#[cfg(feature = "disputes")]
impl serde::Serialize for UpdateDispute {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "UpdateDispute",
            &["evidence", "metadata", "submit"],
            &[true, true, true],
            &[],
            &[&self.evidence, &self.metadata, &self.submit],
        )
    }
}

#[cfg(feature = "disputes")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for UpdateDispute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "UpdateDispute",
            &["evidence", "metadata", "submit"],
        )
    }
}

#[cfg(feature = "disputes")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for UpdateDispute {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut evidence_slot: Option<crate::types::DisputeEvidence> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut submit_slot: Option<bool> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut evidence_slot, &mut metadata_slot, &mut submit_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            evidence: evidence_slot,
            metadata: metadata_slot,
            submit: submit_slot,
        })
    }
}

/// The request body of `POST /v1/payment_intents/{id}`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct UpdatePaymentIntent {
    /// Confirm the payment in the same call (default `false`); the confirm parameters may then be sent too.
    pub confirm: Option<bool>,
    /// A payment method to create and attach to this payment.
    pub payment_method_data: Option<crate::types::PaymentMethodData>,
    /// Amount to collect, in the smallest currency unit (100 = $1.00; 100 = ¥100).
    pub amount: Option<i64>,
    /// Three-letter ISO currency code.
    pub currency: Option<String>,
    /// Free text shown with the payment.
    pub description: Option<String>,
    /// Number of items paid for.
    pub quantity: Option<i64>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The merchant's own ID of the paying user.
    pub merchant_user_id: Option<String>,
    /// The merchant's own order ID.
    pub merchant_order_id: Option<String>,
    /// Shipping details of the order.
    pub shipping: Option<crate::types::PaymentIntentShipping>,
    /// With `confirm: true`: where the customer returns after authenticating with the payment method.
    pub return_url: Option<String>,
    /// ID of the customer the payment belongs to.
    pub customer: Option<String>,
    /// Payment method types allowed for this payment.
    pub payment_method_types: Option<Vec<String>>,
    /// `manual` to authorize now and capture later; `automatic` otherwise.
    pub capture_method: Option<String>,
    /// Payment Method Options
    ///
    /// Per-method options.
    pub payment_method_options: Option<crate::types::PaymentMethodOptions>,
}

#[cfg(feature = "payment_intents")]
impl serde::Serialize for UpdatePaymentIntent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "UpdatePaymentIntent",
            &[
                "confirm",
                "payment_method_data",
                "amount",
                "currency",
                "description",
                "quantity",
                "metadata",
                "merchant_user_id",
                "merchant_order_id",
                "shipping",
                "return_url",
                "customer",
                "payment_method_types",
                "capture_method",
                "payment_method_options",
            ],
            &[
                true, true, true, true, true, true, true, true, true, true, true, true,
                true, true, true,
            ],
            &[],
            &[
                &self.confirm,
                &self.payment_method_data,
                &self.amount,
                &self.currency,
                &self.description,
                &self.quantity,
                &self.metadata,
                &self.merchant_user_id,
                &self.merchant_order_id,
                &self.shipping,
                &self.return_url,
                &self.customer,
                &self.payment_method_types,
                &self.capture_method,
                &self.payment_method_options,
            ],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for UpdatePaymentIntent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "UpdatePaymentIntent",
            &[
                "confirm",
                "payment_method_data",
                "amount",
                "currency",
                "description",
                "quantity",
                "metadata",
                "merchant_user_id",
                "merchant_order_id",
                "shipping",
                "return_url",
                "customer",
                "payment_method_types",
                "capture_method",
                "payment_method_options",
            ],
        )
    }
}

#[cfg(feature = "payment_intents")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for UpdatePaymentIntent {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut confirm_slot: Option<bool> = None;
        let mut payment_method_data_slot: Option<crate::types::PaymentMethodData> = None;
        let mut amount_slot: Option<i64> = None;
        let mut currency_slot: Option<String> = None;
        let mut description_slot: Option<String> = None;
        let mut quantity_slot: Option<i64> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut merchant_user_id_slot: Option<String> = None;
        let mut merchant_order_id_slot: Option<String> = None;
        let mut shipping_slot: Option<crate::types::PaymentIntentShipping> = None;
        let mut return_url_slot: Option<String> = None;
        let mut customer_slot: Option<String> = None;
        let mut payment_method_types_slot: Option<Vec<String>> = None;
        let mut capture_method_slot: Option<String> = None;
        let mut payment_method_options_slot: Option<
            crate::types::PaymentMethodOptions,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut confirm_slot,
                &mut payment_method_data_slot,
                &mut amount_slot,
                &mut currency_slot,
                &mut description_slot,
                &mut quantity_slot,
                &mut metadata_slot,
                &mut merchant_user_id_slot,
                &mut merchant_order_id_slot,
                &mut shipping_slot,
                &mut return_url_slot,
                &mut customer_slot,
                &mut payment_method_types_slot,
                &mut capture_method_slot,
                &mut payment_method_options_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            confirm: confirm_slot,
            payment_method_data: payment_method_data_slot,
            amount: amount_slot,
            currency: currency_slot,
            description: description_slot,
            quantity: quantity_slot,
            metadata: metadata_slot,
            merchant_user_id: merchant_user_id_slot,
            merchant_order_id: merchant_order_id_slot,
            shipping: shipping_slot,
            return_url: return_url_slot,
            customer: customer_slot,
            payment_method_types: payment_method_types_slot,
            capture_method: capture_method_slot,
            payment_method_options: payment_method_options_slot,
        })
    }
}

/// The request body of `POST /v1/payment_links/{id}`.
#[cfg(feature = "payment_links")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct UpdatePaymentLink {
    /// Whether customers can still pay through the link.
    pub active: Option<bool>,
    /// What happens once the link is paid.
    pub after_completion: Option<crate::types::PaymentLinkAfterCompletion>,
    /// Whether the payment page always asks for a billing address or only when needed.
    pub billing_address_collection: Option<
        crate::types::PaymentLinkBillingAddressCollection,
    >,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Whether the payment page asks for a phone number.
    pub phone_number_collection: Option<crate::types::PaymentLinkPhoneNumberCollection>,
    /// Whether the payment page asks for a shipping address.
    pub shipping_address_collection: Option<
        crate::types::PaymentLinkShippingAddressCollection,
    >,
}

#[cfg(feature = "payment_links")]
impl serde::Serialize for UpdatePaymentLink {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "UpdatePaymentLink",
            &[
                "active",
                "after_completion",
                "billing_address_collection",
                "metadata",
                "phone_number_collection",
                "shipping_address_collection",
            ],
            &[true, true, true, true, true, true],
            &[],
            &[
                &self.active,
                &self.after_completion,
                &self.billing_address_collection,
                &self.metadata,
                &self.phone_number_collection,
                &self.shipping_address_collection,
            ],
        )
    }
}

#[cfg(feature = "payment_links")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for UpdatePaymentLink {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "UpdatePaymentLink",
            &[
                "active",
                "after_completion",
                "billing_address_collection",
                "metadata",
                "phone_number_collection",
                "shipping_address_collection",
            ],
        )
    }
}

#[cfg(feature = "payment_links")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for UpdatePaymentLink {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut active_slot: Option<bool> = None;
        let mut after_completion_slot: Option<
            crate::types::PaymentLinkAfterCompletion,
        > = None;
        let mut billing_address_collection_slot: Option<
            crate::types::PaymentLinkBillingAddressCollection,
        > = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut phone_number_collection_slot: Option<
            crate::types::PaymentLinkPhoneNumberCollection,
        > = None;
        let mut shipping_address_collection_slot: Option<
            crate::types::PaymentLinkShippingAddressCollection,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut active_slot,
                &mut after_completion_slot,
                &mut billing_address_collection_slot,
                &mut metadata_slot,
                &mut phone_number_collection_slot,
                &mut shipping_address_collection_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            active: active_slot,
            after_completion: after_completion_slot,
            billing_address_collection: billing_address_collection_slot,
            metadata: metadata_slot,
            phone_number_collection: phone_number_collection_slot,
            shipping_address_collection: shipping_address_collection_slot,
        })
    }
}

/// The request body of `POST /v1/payment_methods/{id}`.
#[cfg(feature = "payment_methods")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct UpdatePaymentMethod {
    /// New billing details of the payer.
    pub billing_details: Option<crate::types::BillingDetails>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[cfg(feature = "payment_methods")]
impl serde::Serialize for UpdatePaymentMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "UpdatePaymentMethod",
            &["billing_details", "metadata"],
            &[true, true],
            &[],
            &[&self.billing_details, &self.metadata],
        )
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for UpdatePaymentMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "UpdatePaymentMethod",
            &["billing_details", "metadata"],
        )
    }
}

#[cfg(feature = "payment_methods")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for UpdatePaymentMethod {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut billing_details_slot: Option<crate::types::BillingDetails> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut billing_details_slot, &mut metadata_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            billing_details: billing_details_slot,
            metadata: metadata_slot,
        })
    }
}

/// The request body of `POST /v1/payouts/{id}`.
#[cfg(feature = "payouts")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct UpdatePayout {
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[cfg(feature = "payouts")]
impl serde::Serialize for UpdatePayout {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "UpdatePayout",
            &["metadata"],
            &[true],
            &[],
            &[&self.metadata],
        )
    }
}

#[cfg(feature = "payouts")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for UpdatePayout {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer, "UpdatePayout", &["metadata"])
    }
}

#[cfg(feature = "payouts")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for UpdatePayout {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut metadata_slot],
        ) {
            return Err(error);
        }
        Ok(Self { metadata: metadata_slot })
    }
}

/// The request body of `POST /v1/setup_intents/{id}`.
#[cfg(feature = "setup_intents")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct UpdateSetupIntent {
    /// ID of the customer the payment method is saved to once the setup succeeds.
    pub customer: Option<String>,
    /// Free text about the setup.
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// ID of the payment method to set up.
    pub payment_method: Option<String>,
    /// Payment method types this SetupIntent may set up (`card`).
    pub payment_method_types: Option<Vec<String>>,
    /// Options by payment method type.
    pub payment_method_options: Option<crate::types::SetupIntentPaymentMethodOptions>,
    /// A payment method to create; it becomes this SetupIntent's payment_method.
    pub payment_method_data: Option<crate::types::PaymentMethodData>,
}

#[cfg(feature = "setup_intents")]
impl serde::Serialize for UpdateSetupIntent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "UpdateSetupIntent",
            &[
                "customer",
                "description",
                "metadata",
                "payment_method",
                "payment_method_types",
                "payment_method_options",
                "payment_method_data",
            ],
            &[true, true, true, true, true, true, true],
            &[],
            &[
                &self.customer,
                &self.description,
                &self.metadata,
                &self.payment_method,
                &self.payment_method_types,
                &self.payment_method_options,
                &self.payment_method_data,
            ],
        )
    }
}

#[cfg(feature = "setup_intents")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for UpdateSetupIntent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "UpdateSetupIntent",
            &[
                "customer",
                "description",
                "metadata",
                "payment_method",
                "payment_method_types",
                "payment_method_options",
                "payment_method_data",
            ],
        )
    }
}

#[cfg(feature = "setup_intents")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for UpdateSetupIntent {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut customer_slot: Option<String> = None;
        let mut description_slot: Option<String> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut payment_method_slot: Option<String> = None;
        let mut payment_method_types_slot: Option<Vec<String>> = None;
        let mut payment_method_options_slot: Option<
            crate::types::SetupIntentPaymentMethodOptions,
        > = None;
        let mut payment_method_data_slot: Option<crate::types::PaymentMethodData> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut customer_slot,
                &mut description_slot,
                &mut metadata_slot,
                &mut payment_method_slot,
                &mut payment_method_types_slot,
                &mut payment_method_options_slot,
                &mut payment_method_data_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            customer: customer_slot,
            description: description_slot,
            metadata: metadata_slot,
            payment_method: payment_method_slot,
            payment_method_types: payment_method_types_slot,
            payment_method_options: payment_method_options_slot,
            payment_method_data: payment_method_data_slot,
        })
    }
}

/// The request body of `POST /v1/subscriptions/{id}`.
#[cfg(feature = "subscriptions")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct UpdateSubscription {
    /// Whether to end the subscription with the current period.
    pub cancel_at_period_end: Option<bool>,
    /// The items to change, add or remove.
    pub line_items: Option<Vec<crate::types::UpdateSubscriptionLineItemsItem>>,
    /// How the change is prorated (values not shown on the page).
    pub proration_behavior: Option<String>,
}

#[cfg(feature = "subscriptions")]
impl serde::Serialize for UpdateSubscription {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "UpdateSubscription",
            &["cancel_at_period_end", "line_items", "proration_behavior"],
            &[true, true, true],
            &[],
            &[&self.cancel_at_period_end, &self.line_items, &self.proration_behavior],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for UpdateSubscription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "UpdateSubscription",
            &["cancel_at_period_end", "line_items", "proration_behavior"],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for UpdateSubscription {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut cancel_at_period_end_slot: Option<bool> = None;
        let mut line_items_slot: Option<
            Vec<crate::types::UpdateSubscriptionLineItemsItem>,
        > = None;
        let mut proration_behavior_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut cancel_at_period_end_slot,
                &mut line_items_slot,
                &mut proration_behavior_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            cancel_at_period_end: cancel_at_period_end_slot,
            line_items: line_items_slot,
            proration_behavior: proration_behavior_slot,
        })
    }
}

/// Part of the request body of `POST /v1/subscriptions/{id}`.
#[cfg(feature = "subscriptions")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct UpdateSubscriptionLineItemsItem {
    /// ID of the subscription item to change (`si_...`).
    pub id: Option<String>,
    /// A new price for the item.
    pub price_data: Option<crate::types::UpdateSubscriptionLineItemsItemPriceData>,
    /// Number of units to bill.
    pub quantity: Option<i64>,
    /// Whether to remove the item from the subscription.
    pub deleted: Option<bool>,
}

#[cfg(feature = "subscriptions")]
impl serde::Serialize for UpdateSubscriptionLineItemsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "UpdateSubscriptionLineItemsItem",
            &["id", "price_data", "quantity", "deleted"],
            &[true, true, true, true],
            &[],
            &[&self.id, &self.price_data, &self.quantity, &self.deleted],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for UpdateSubscriptionLineItemsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "UpdateSubscriptionLineItemsItem",
            &["id", "price_data", "quantity", "deleted"],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for UpdateSubscriptionLineItemsItem {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut price_data_slot: Option<
            crate::types::UpdateSubscriptionLineItemsItemPriceData,
        > = None;
        let mut quantity_slot: Option<i64> = None;
        let mut deleted_slot: Option<bool> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut id_slot,
                &mut price_data_slot,
                &mut quantity_slot,
                &mut deleted_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            id: id_slot,
            price_data: price_data_slot,
            quantity: quantity_slot,
            deleted: deleted_slot,
        })
    }
}

/// A new price for the item.
#[cfg(feature = "subscriptions")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct UpdateSubscriptionLineItemsItemPriceData {
    /// Three-letter ISO currency code.
    pub currency: Option<String>,
    /// ID of the product the new price belongs to.
    pub product: Option<String>,
    /// Price of one unit in the smallest currency unit (a number here, a string on the price pages): both are read, a number is sent.
    ///
    /// The API documents it both as a number and as a string of digits: sent as a number, read from either.
    pub unit_amount: Option<i64>,
    /// The billing period.
    pub recurring: Option<crate::types::PriceRecurring>,
    /// Whether the price can be used in new purchases.
    pub active: Option<bool>,
    /// Key-value pairs stored with the price.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Internal name of the price.
    pub nickname: Option<String>,
    /// A product to create for the price, instead of `product`.
    pub product_data: Option<crate::types::ProductData>,
    /// `per_unit` or `tiered`.
    pub billing_scheme: Option<crate::types::BillingScheme>,
    /// A key to find the price by.
    pub lookup_key: Option<String>,
    /// Price tiers, for a `tiered` price.
    pub tiers: Option<
        Vec<crate::types::UpdateSubscriptionLineItemsItemPriceDataTiersItem>,
    >,
    /// How the tiers apply (values not shown on the page).
    pub tiers_mode: Option<String>,
}

#[cfg(feature = "subscriptions")]
impl serde::Serialize for UpdateSubscriptionLineItemsItemPriceData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "UpdateSubscriptionLineItemsItemPriceData",
            &[
                "currency",
                "product",
                "unit_amount",
                "recurring",
                "active",
                "metadata",
                "nickname",
                "product_data",
                "billing_scheme",
                "lookup_key",
                "tiers",
                "tiers_mode",
            ],
            &[true, true, true, true, true, true, true, true, true, true, true, true],
            &[],
            &[
                &self.currency,
                &self.product,
                &self.unit_amount,
                &self.recurring,
                &self.active,
                &self.metadata,
                &self.nickname,
                &self.product_data,
                &self.billing_scheme,
                &self.lookup_key,
                &self.tiers,
                &self.tiers_mode,
            ],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for UpdateSubscriptionLineItemsItemPriceData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "UpdateSubscriptionLineItemsItemPriceData",
            &[
                "currency",
                "product",
                "unit_amount",
                "recurring",
                "active",
                "metadata",
                "nickname",
                "product_data",
                "billing_scheme",
                "lookup_key",
                "tiers",
                "tiers_mode",
            ],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de> for UpdateSubscriptionLineItemsItemPriceData {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut currency_slot: Option<String> = None;
        let mut product_slot: Option<String> = None;
        let mut unit_amount_slot: Option<crate::object::AnyInteger> = None;
        let mut recurring_slot: Option<crate::types::PriceRecurring> = None;
        let mut active_slot: Option<bool> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut nickname_slot: Option<String> = None;
        let mut product_data_slot: Option<crate::types::ProductData> = None;
        let mut billing_scheme_slot: Option<crate::types::BillingScheme> = None;
        let mut lookup_key_slot: Option<String> = None;
        let mut tiers_slot: Option<
            Vec<crate::types::UpdateSubscriptionLineItemsItemPriceDataTiersItem>,
        > = None;
        let mut tiers_mode_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [
                &mut currency_slot,
                &mut product_slot,
                &mut unit_amount_slot,
                &mut recurring_slot,
                &mut active_slot,
                &mut metadata_slot,
                &mut nickname_slot,
                &mut product_data_slot,
                &mut billing_scheme_slot,
                &mut lookup_key_slot,
                &mut tiers_slot,
                &mut tiers_mode_slot,
            ],
        ) {
            return Err(error);
        }
        Ok(Self {
            currency: currency_slot,
            product: product_slot,
            unit_amount: unit_amount_slot.map(|v| v.0),
            recurring: recurring_slot,
            active: active_slot,
            metadata: metadata_slot,
            nickname: nickname_slot,
            product_data: product_data_slot,
            billing_scheme: billing_scheme_slot,
            lookup_key: lookup_key_slot,
            tiers: tiers_slot,
            tiers_mode: tiers_mode_slot,
        })
    }
}

/// Part of the request body of `POST /v1/subscriptions/{id}`.
#[cfg(feature = "subscriptions")]
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct UpdateSubscriptionLineItemsItemPriceDataTiersItem {
    /// Price of one unit within the tier.
    pub unit_amount: Option<i64>,
    /// Fixed amount for the whole tier.
    pub flat_amount: Option<i64>,
    /// Largest quantity the tier covers.
    pub up_to: Option<i64>,
}

#[cfg(feature = "subscriptions")]
impl serde::Serialize for UpdateSubscriptionLineItemsItemPriceDataTiersItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "UpdateSubscriptionLineItemsItemPriceDataTiersItem",
            &["unit_amount", "flat_amount", "up_to"],
            &[true, true, true],
            &[],
            &[&self.unit_amount, &self.flat_amount, &self.up_to],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> serde::Deserialize<'de> for UpdateSubscriptionLineItemsItemPriceDataTiersItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "UpdateSubscriptionLineItemsItemPriceDataTiersItem",
            &["unit_amount", "flat_amount", "up_to"],
        )
    }
}

#[cfg(feature = "subscriptions")]
#[cfg(feature = "deserialize")]
impl<'de> crate::object::FromObject<'de>
for UpdateSubscriptionLineItemsItemPriceDataTiersItem {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut unit_amount_slot: Option<i64> = None;
        let mut flat_amount_slot: Option<i64> = None;
        let mut up_to_slot: Option<i64> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [],
            &mut [&mut unit_amount_slot, &mut flat_amount_slot, &mut up_to_slot],
        ) {
            return Err(error);
        }
        Ok(Self {
            unit_amount: unit_amount_slot,
            flat_amount: flat_amount_slot,
            up_to: up_to_slot,
        })
    }
}

/// The `Webhook Endpoint` schema of the API.
#[cfg(feature = "webhook_endpoints")]
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial_eq", derive(PartialEq))]
pub struct WebhookEndpoint {
    /// Identifier of the endpoint (`we_...`).
    pub id: String,
    /// Always `webhook_endpoint`.
    pub object: String,
    /// API version the events are rendered with.
    pub api_version: Option<String>,
    /// Creation time; the pages' example gives seconds since the Unix epoch (1668344601).
    pub created: i64,
    /// What the endpoint is for.
    pub description: Option<String>,
    /// Event types sent to the endpoint.
    pub enabled_events: Option<Vec<String>>,
    /// `true` in live mode, `false` in test mode.
    pub livemode: Option<bool>,
    /// Key-value pairs stored with the object.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Whether events are sent to the endpoint.
    pub status: Option<crate::types::WebhookEndpointStatus>,
    /// Signing secret of the deliveries; only returned when the endpoint is created.
    pub secret: Option<String>,
    /// Where events are sent.
    pub url: Option<String>,
}

#[cfg(feature = "webhook_endpoints")]
impl WebhookEndpoint {
    /// A `WebhookEndpoint` with its required fields (`id`, `object`, `created`); every optional field is `None`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: impl Into<String>, object: impl Into<String>, created: i64) -> Self {
        Self {
            id: id.into(),
            object: object.into(),
            api_version: None,
            created,
            description: None,
            enabled_events: None,
            livemode: None,
            metadata: None,
            status: None,
            secret: None,
            url: None,
        }
    }
}

#[cfg(feature = "webhook_endpoints")]
#[cfg(feature = "serialize")]
impl serde::Serialize for WebhookEndpoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::object::write(
            serializer,
            "WebhookEndpoint",
            &[
                "id",
                "object",
                "api_version",
                "created",
                "description",
                "enabled_events",
                "livemode",
                "metadata",
                "status",
                "secret",
                "url",
            ],
            &[false, false, true, false, true, true, true, true, true, true, true],
            &[&self.id, &self.object, &self.created],
            &[
                &self.api_version,
                &self.description,
                &self.enabled_events,
                &self.livemode,
                &self.metadata,
                &self.status,
                &self.secret,
                &self.url,
            ],
        )
    }
}

#[cfg(feature = "webhook_endpoints")]
impl<'de> serde::Deserialize<'de> for WebhookEndpoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(
            deserializer,
            "WebhookEndpoint",
            &[
                "id",
                "object",
                "created",
                "api_version",
                "description",
                "enabled_events",
                "livemode",
                "metadata",
                "status",
                "secret",
                "url",
            ],
        )
    }
}

#[cfg(feature = "webhook_endpoints")]
impl<'de> crate::object::FromObject<'de> for WebhookEndpoint {
    fn from_object<A: serde::de::MapAccess<'de>>(
        object: crate::object::Reader<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id_slot: Option<String> = None;
        let mut object_slot: Option<String> = None;
        let mut api_version_slot: Option<String> = None;
        let mut created_slot: Option<i64> = None;
        let mut description_slot: Option<String> = None;
        let mut enabled_events_slot: Option<Vec<String>> = None;
        let mut livemode_slot: Option<bool> = None;
        let mut metadata_slot: Option<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = None;
        let mut status_slot: Option<crate::types::WebhookEndpointStatus> = None;
        let mut secret_slot: Option<String> = None;
        let mut url_slot: Option<String> = None;
        if let Err(error) = crate::object::read_fields(
            object,
            &mut [&mut id_slot, &mut object_slot, &mut created_slot],
            &mut [
                &mut api_version_slot,
                &mut description_slot,
                &mut enabled_events_slot,
                &mut livemode_slot,
                &mut metadata_slot,
                &mut status_slot,
                &mut secret_slot,
                &mut url_slot,
            ],
        ) {
            return Err(error);
        }
        let Some(id_slot) = id_slot else {
            return crate::object::missing("id");
        };
        let Some(object_slot) = object_slot else {
            return crate::object::missing("object");
        };
        let Some(created_slot) = created_slot else {
            return crate::object::missing("created");
        };
        Ok(Self {
            id: id_slot,
            object: object_slot,
            api_version: api_version_slot,
            created: created_slot,
            description: description_slot,
            enabled_events: enabled_events_slot,
            livemode: livemode_slot,
            metadata: metadata_slot,
            status: status_slot,
            secret: secret_slot,
            url: url_slot,
        })
    }
}

/// Whether events are sent to the endpoint.
#[cfg(feature = "webhook_endpoints")]
#[derive(Clone)]
pub enum WebhookEndpointStatus {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "webhook_endpoints")]
impl WebhookEndpointStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "webhook_endpoints")]
impl From<&str> for WebhookEndpointStatus {
    fn from(value: &str) -> Self {
        match value {
            "enabled" => Self::Enabled,
            "disabled" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "webhook_endpoints")]
string_enum_impls!(WebhookEndpointStatus);
