package io.orgbridge.awssim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnit;
import software.amazon.awssdk.services.sts.StsClient;

import static io.orgbridge.awssim.SdkClients.LOG_ARCHIVE_ACCOUNT;
import static io.orgbridge.awssim.SdkClients.READONLY_EXTERNAL_ID;
import static io.orgbridge.awssim.SdkClients.ROOT_ID;
import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 5;

    @Test
    void concurrentCallersSeeConsistentTree() throws Exception {
        // given
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (AwsSimulator simulator = AwsSimulator.start(SimulatorConfig.builder()
                        .fixture(FixtureLoader.exampleCorp())
                        .throttling(false)
                        .build());
                OrganizationsClient organizations = SdkClients.organizations(simulator, SdkClients.discoveryKey());
                StsClient sts = SdkClients.sts(simulator, SdkClients.platformKey())) {
            List<Future<List<Integer>>> results = new ArrayList<>();

            // when: each thread creates OUs, assumes a role and lists every account, interleaved
            for (int thread = 0; thread < THREADS; thread++) {
                int threadNumber = thread;
                results.add(pool.submit(() -> {
                    List<Integer> accountCounts = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        String name = "Team " + threadNumber + "-" + round;
                        organizations.createOrganizationalUnit(
                                request -> request.parentId(ROOT_ID).name(name));
                        sts.assumeRole(
                                request -> request.roleArn(SdkClients.roleArn(LOG_ARCHIVE_ACCOUNT, "pipes_readonly"))
                                        .roleSessionName("thread-" + threadNumber)
                                        .externalId(READONLY_EXTERNAL_ID));
                        accountCounts.add(organizations.listAccountsPaginator().stream()
                                .mapToInt(page -> page.accounts().size())
                                .sum());
                    }
                    return accountCounts;
                }));
            }
            List<Integer> accountCounts = new ArrayList<>();
            for (Future<List<Integer>> result : results) {
                accountCounts.addAll(result.get(60, TimeUnit.SECONDS));
            }

            // then
            assertThat(accountCounts).hasSize(THREADS * ROUNDS).containsOnly(44);
            List<OrganizationalUnit> rootUnits =
                    organizations
                            .listOrganizationalUnitsForParentPaginator(request -> request.parentId(ROOT_ID))
                            .stream()
                            .flatMap(page -> page.organizationalUnits().stream())
                            .toList();
            int fixtureUnits =
                    FixtureLoader.exampleCorp().root().organizationalUnits().size();
            assertThat(rootUnits).hasSize(fixtureUnits + THREADS * ROUNDS);
            assertThat(rootUnits).extracting(OrganizationalUnit::id).doesNotHaveDuplicates();
            assertThat(simulator.faults().callCount("AssumeRole")).isEqualTo(THREADS * ROUNDS);
        } finally {
            pool.shutdownNow();
        }
    }
}
