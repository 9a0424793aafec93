// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on beneficiaries.
/// Operations on beneficiaries; get one with [`Client::beneficiaries`](crate::Client::beneficiaries).
#[derive(Debug, Clone)]
pub struct BeneficiariesResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on beneficiaries.
    pub fn beneficiaries(&self) -> BeneficiariesResource<'_> {
        BeneficiariesResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> BeneficiariesResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Create a beneficiary
    ///
    /// Saves a person or company and the account their payouts are sent to.
    ///
    /// `POST /v1/beneficiaries`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::BeneficiaryData {
    ///     entity: Some(wooshpay::BeneficiaryEntity {
    ///         individual: Some(wooshpay::BeneficiaryIndividual {
    ///             address: Some(wooshpay::Address {
    ///                 city: Some("seattle".to_string()),
    ///                 country: Some("US".to_string()),
    ///                 line1: Some("422 Ave".to_string()),
    ///                 postal_code: Some("98109".to_string()),
    ///                 state: Some("Washington".to_string()),
    ///                 ..Default::default()
    ///             }),
    ///             additional_info: Some(wooshpay::BeneficiaryIndividualAdditionalInfo {
    ///                 email: Some("liuyidao@126.com".to_string()),
    ///                 phone: Some("12093321241".to_string()),
    ///                 first_name: Some("John".to_string()),
    ///                 last_name: Some("Wick".to_string()),
    ///                 id_type: Some("social_security".to_string()),
    ///                 id_country_iso_code: Some("US".to_string()),
    ///                 id_number: Some("WA112313411".to_string()),
    ///                 ..Default::default()
    ///             }),
    ///             ..Default::default()
    ///         }),
    ///         ..wooshpay::BeneficiaryEntity::new(
    ///             wooshpay::BeneficiaryEntityType::Individual,
    ///         )
    ///     }),
    ///     nickname: Some("test2".to_string()),
    ///     ..wooshpay::BeneficiaryData::new(wooshpay::BeneficiaryDestination {
    ///         bank_account: Some(wooshpay::PayoutBankAccount {
    ///             account_number: Some("123123123".to_string()),
    ///             account_holder_name: Some("Bill Han".to_string()),
    ///             account_holder_type: Some("individual".to_string()),
    ///             bank_name: Some("Bank of America".to_string()),
    ///             country: Some("US".to_string()),
    ///             currency: Some("USD".to_string()),
    ///             swift: Some("ABOCUSSE080".to_string()),
    ///             routing_number: Some("1051000017".to_string()),
    ///             ..Default::default()
    ///         }),
    ///         ..wooshpay::BeneficiaryDestination::new(
    ///             wooshpay::BeneficiaryDestinationDestinationType::BankAccount,
    ///         )
    ///     })
    /// };
    /// let _response = client.beneficiaries().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::BeneficiaryData,
    ) -> crate::Call<'a, crate::types::Beneficiary> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/beneficiaries"),
            );
            request.operation("beneficiaries.create", "/v1/beneficiaries");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Beneficiary>,
        )
    }
    /// Retrieve a beneficiary
    ///
    /// Returns a beneficiary saved earlier.
    ///
    /// `GET /v1/beneficiaries/{beneficiary_id}`
    ///
    /// # Arguments
    ///
    /// - `beneficiary_id`: ID of the beneficiary.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.beneficiaries().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(
        &self,
        beneficiary_id: &str,
    ) -> crate::Call<'a, crate::types::Beneficiary> {
        let request = crate::client::build_request(|| {
            let beneficiary_id_segment = crate::encoding::encode_path_segment(
                beneficiary_id,
            )?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/beneficiaries/", &*beneficiary_id_segment].concat(),
            );
            request
                .operation(
                    "beneficiaries.retrieve",
                    "/v1/beneficiaries/{beneficiary_id}",
                );
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Beneficiary>,
        )
    }
}
