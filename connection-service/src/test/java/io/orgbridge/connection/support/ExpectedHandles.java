package io.orgbridge.connection.support;

import java.util.Map;

/** The handles the Example Corp accounts get on a first import with the prefix {@code aws_}. */
public final class ExpectedHandles {

    public static final Map<String, String> EXAMPLE_CORP = Map.ofEntries(
            Map.entry("111111111111", "aws_example_corp_management"),
            Map.entry("200000001111", "aws_log_archive"),
            Map.entry("200000002222", "aws_security_tooling"),
            Map.entry("200000003333", "aws_security_breakglass"),
            Map.entry("200000004444", "aws_security_tooling_test"),
            Map.entry("200000005555", "aws_network_hub"),
            Map.entry("200000006666", "aws_shared_services"),
            Map.entry("200000007777", "aws_identity_center"),
            Map.entry("200000008888", "aws_network_hub_dev"),
            Map.entry("200000009999", "aws_shared_services_dev"),
            Map.entry("200000011110", "aws_payments_prod"),
            Map.entry("200000012221", "aws_payments_prod_eu"),
            Map.entry("200000013332", "aws_checkout_api_prod"),
            Map.entry("200000014443", "aws_data_lake_prod"),
            Map.entry("200000015554", "aws_ml_platform_prod"),
            Map.entry("200000016665", "aws_payments_dev"),
            Map.entry("200000017776", "aws_payments_test"),
            Map.entry("200000018887", "aws_checkout_api_dev"),
            Map.entry("200000019998", "aws_data_lake_dev"),
            Map.entry("200000021109", "aws_ml_platform_dev"),
            Map.entry("200000022220", "aws_development"),
            Map.entry("200000023331", "aws_development_200000023331"),
            Map.entry("200000024442", "aws_retail_web_prod"),
            Map.entry("200000025553", "aws_retail_web_staging"),
            Map.entry("200000026664", "aws_retail_emea"),
            Map.entry("200000027775", "aws_retail_fr_prod"),
            Map.entry("200000028886", "aws_retail_fr_dev"),
            Map.entry("200000029997", "aws_paris_pilot_sandbox"),
            Map.entry("200000031108", "aws_sandbox"),
            Map.entry("200000032219", "aws_sandbox_200000032219"),
            Map.entry("200000033330", "aws_dev_team"),
            Map.entry("200000034441", "aws_dev_team_200000034441"),
            Map.entry("200000035552", "aws_2024_hackathon"),
            Map.entry("200000036663", "aws_r_d_experiments"),
            Map.entry("200000037774", "aws_sandbox_200000037774"),
            Map.entry("200000038885", "aws_scp_test_account"),
            Map.entry("200000039996", "aws_old_marketing"),
            Map.entry("200000041107", "aws_legacy_billing"),
            Map.entry("200000042218", "aws_closed_project_x"),
            Map.entry("200000043329", "aws_vendor_integration"),
            Map.entry("200000044440", "aws_ci_cd_prod"),
            Map.entry("200000045551", "aws_ci_cd_dev"),
            Map.entry("200000046662", "aws_acquired_co_main"),
            Map.entry("200000047773", "aws_new_account_pending"));

    private ExpectedHandles() {}
}
