package io.orgbridge.platform.rest;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void shouldDefaultToTwentyFiveFromTheStart() {
        PageRequest page = PageRequest.parse(null, null);

        assertThat(page.limit()).isEqualTo(25);
        assertThat(page.offset()).isZero();
        assertThat(page.fetchSize()).isEqualTo(26);
    }

    @Test
    void shouldWalkPagesWithTheIssuedToken() {
        // given
        List<Integer> all = IntStream.range(0, 5).boxed().toList();
        PageRequest first = PageRequest.parse("2", null);

        // when
        Page<Integer> firstPage = first.page(all.subList(first.offset(), first.offset() + first.fetchSize()));
        PageRequest second = PageRequest.parse("2", firstPage.nextToken());
        Page<Integer> lastPage = PageRequest.parse(
                        "2", second.page(all.subList(2, 5)).nextToken())
                .page(all.subList(4, 5));

        // then
        assertThat(firstPage.items()).containsExactly(0, 1);
        assertThat(second.offset()).isEqualTo(2);
        assertThat(lastPage.items()).containsExactly(4);
        assertThat(lastPage.nextToken()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "101", "abc", "1.5", "99999999999999999999"})
    void shouldRejectLimitOutsideOneToHundred(String limit) {
        assertThatThrownBy(() -> PageRequest.parse(limit, null))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.validationErrors())
                            .extracting(ValidationError::location)
                            .containsExactly("query.limit");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "bzotMQ", "eDox"})
    void shouldRejectTokensItDidNotIssue(String token) {
        assertThatThrownBy(() -> PageRequest.parse("10", token))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.validationErrors())
                        .extracting(ValidationError::location)
                        .containsExactly("query.next_token"));
    }
}
