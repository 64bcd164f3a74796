package io.orgbridge.permission.service;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPathsTest {

    @Test
    void shouldOrderPublicThenAggregatorsThenConnections() {
        // given
        List<Object[]> rows =
                List.of(new Object[] {"w_1", "aws_prod", "aws"}, new Object[] {"w_1", "aws_dev", "aws"}, new Object[] {
                    "w_1", "gcp_main", "gcp"
                });

        // when
        var paths = WorkspaceConnectionService.SearchPaths.build(List.of("w_1", "w_2"), rows);

        // then
        assertThat(paths.get("w_1")).containsExactly("public", "all_aws", "aws_dev", "aws_prod", "gcp_main");
        assertThat(paths.get("w_2")).containsExactly("public");
    }

    @Test
    void shouldSkipAggregatorWhenConnectionUsesItsName() {
        // given
        List<Object[]> rows = List.of(new Object[] {"w_1", "all_aws", "aws"}, new Object[] {"w_1", "aws_b", "aws"});

        // when
        var paths = WorkspaceConnectionService.SearchPaths.build(List.of("w_1"), rows);

        // then
        assertThat(paths.get("w_1")).containsExactly("public", "all_aws", "aws_b");
    }
}
