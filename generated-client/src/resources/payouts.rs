// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on payouts.
/// Operations on payouts; get one with [`Client::payouts`](crate::Client::payouts).
#[derive(Debug, Clone)]
pub struct PayoutsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on payouts.
    pub fn payouts(&self) -> PayoutsResource<'_> {
        PayoutsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> PayoutsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Create a payout
    ///
    /// Sends money from the balance to a beneficiary, saved or given inline.
    ///
    /// `POST /v1/payouts`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreatePayout {
    ///     payment_currency: Some("INR".to_string()),
    ///     payment_amount: Some(124000),
    ///     source_currency: Some("INR".to_string()),
    ///     source_amount: Some(10000),
    ///     beneficiary_data: Some(wooshpay::BeneficiaryData {
    ///         nickname: Some("test1".to_string()),
    ///         ..wooshpay::BeneficiaryData::new(wooshpay::BeneficiaryDestination {
    ///             upi: Some(wooshpay::PayoutVpa {
    ///                 vpa: Some("8276831583@axl".to_string()),
    ///                 phone_number: Some("91-8276831583".to_string()),
    ///                 ..Default::default()
    ///             }),
    ///             ..wooshpay::BeneficiaryDestination::new(
    ///                 wooshpay::BeneficiaryDestinationDestinationType::Upi,
    ///             )
    ///         })
    ///     }),
    ///     ..Default::default()
    /// };
    /// let _response = client.payouts().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreatePayout,
    ) -> crate::Call<'a, crate::types::Payout> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/payouts"),
            );
            request.operation("payouts.create", "/v1/payouts");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Payout>,
        )
    }
    /// Retrieve a Payout
    ///
    /// Returns a payout, to follow its status.
    ///
    /// `GET /v1/payouts/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the payout.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.payouts().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, id: &str) -> crate::Call<'a, crate::types::Payout> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/payouts/", &*id_segment].concat(),
            );
            request.operation("payouts.retrieve", "/v1/payouts/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Payout>,
        )
    }
    /// Update a Payout
    ///
    /// Changes the metadata of a payout.
    ///
    /// `POST /v1/payouts/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the payout.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::UpdatePayout::default();
    /// let _response = client.payouts().update("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(
        &self,
        id: &str,
        body: &crate::types::UpdatePayout,
    ) -> crate::Call<'a, crate::types::Payout> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/payouts/", &*id_segment].concat(),
            );
            request.operation("payouts.update", "/v1/payouts/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Payout>,
        )
    }
}
