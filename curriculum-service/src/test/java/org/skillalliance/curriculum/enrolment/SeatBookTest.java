package org.skillalliance.curriculum.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SeatBookTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();

    @Test
    void confirmsWhileSeatsAndQuotaAllowThenWaitsInFifoPositions() {
        SeatBook seats = new SeatBook(3, 2, Map.of(), 0);
        assertThat(seats.place(a)).isEqualTo(new SeatBook.Seat());
        assertThat(seats.place(a)).isEqualTo(new SeatBook.Seat());
        assertThat(seats.place(a)).isEqualTo(new SeatBook.Wait(1));
        assertThat(seats.place(b)).isEqualTo(new SeatBook.Seat());
        assertThat(seats.place(c)).isEqualTo(new SeatBook.Wait(2));
        assertThat(seats.confirmed()).isEqualTo(3);
    }

    @Test
    void withoutQuotaOneEmployerMayTakeEverySeat() {
        SeatBook seats = new SeatBook(2, null, Map.of(), 0);
        assertThat(seats.place(a)).isInstanceOf(SeatBook.Seat.class);
        assertThat(seats.place(a)).isInstanceOf(SeatBook.Seat.class);
        assertThat(seats.place(a)).isEqualTo(new SeatBook.Wait(1));
    }

    @Test
    void aFreedSeatGoesToTheEarliestWaiterWhoseEmployerIsUnderQuota() {
        SeatBook seats = new SeatBook(3, 2, Map.of(a, 2, b, 1), 3);
        Enrolment waiterA = waiter(a);
        Enrolment waiterC = waiter(c);
        Enrolment waiterB = waiter(b);
        seats.release(b);

        assertThat(seats.promote(List.of(waiterA, waiterC, waiterB), e -> true)).containsExactly(waiterC);
        assertThat(seats.confirmedOf(c)).isEqualTo(1);
    }

    @Test
    void aWaiterWhoMayNoLongerEnrolIsPassedOver() {
        SeatBook seats = new SeatBook(2, null, Map.of(a, 1), 2);
        Enrolment left = waiter(b);
        Enrolment next = waiter(c);
        assertThat(seats.promote(List.of(left, next), e -> e != left)).containsExactly(next);
    }

    @Test
    void nothingIsPromotedWhileTheCohortIsFull() {
        SeatBook seats = new SeatBook(2, null, Map.of(a, 2), 1);
        assertThat(seats.promote(List.of(waiter(b)), e -> true)).isEmpty();
    }

    @Test
    void promotionFillsEveryFreeSeatInFifoOrderAndNoMore() {
        SeatBook seats = new SeatBook(3, null, Map.of(a, 3), 3);
        seats.release(a);
        seats.release(a);
        Enrolment first = waiter(b);
        Enrolment second = waiter(c);
        Enrolment third = waiter(b);

        assertThat(seats.promote(List.of(first, second, third), e -> true)).containsExactly(first, second);
        assertThat(seats.confirmed()).isEqualTo(3);
        // one request still waits, so the next one is second in line
        assertThat(seats.place(c)).isEqualTo(new SeatBook.Wait(2));
    }

    @Test
    void aPromotedWaiterCountsAgainstItsEmployersQuota() {
        SeatBook seats = new SeatBook(4, 1, Map.of(a, 1), 3);
        Enrolment firstOfB = waiter(b);
        Enrolment secondOfB = waiter(b);
        Enrolment ofC = waiter(c);

        assertThat(seats.promote(List.of(firstOfB, secondOfB, ofC), e -> true)).containsExactly(firstOfB, ofC);
        assertThat(seats.confirmedOf(b)).isEqualTo(1);
        assertThat(seats.confirmedOf(c)).isEqualTo(1);
        assertThat(seats.confirmed()).isEqualTo(3);
    }

    @Test
    void aReleasedSeatIsFreeForTheNextRequest() {
        SeatBook seats = new SeatBook(2, null, Map.of(a, 1, b, 1), 0);
        assertThat(seats.confirmed()).isEqualTo(2);
        seats.release(a);
        assertThat(seats.confirmed()).isEqualTo(1);
        assertThat(seats.confirmedOf(a)).isZero();
        assertThat(seats.place(c)).isEqualTo(new SeatBook.Seat());
        assertThat(seats.place(c)).isEqualTo(new SeatBook.Wait(1));
    }

    @Test
    void anEmployerWithoutASeatHasNoneToRelease() {
        SeatBook seats = new SeatBook(2, null, Map.of(a, 1), 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> seats.release(b))
                .isInstanceOf(IllegalStateException.class);
        assertThat(seats.confirmed()).isEqualTo(1);
        assertThat(seats.confirmedOf(b)).isZero();
    }

    @Test
    void anEmployerAtItsQuotaWaitsThoughSeatsAreFree() {
        SeatBook seats = new SeatBook(10, 2, Map.of(a, 2), 0);
        assertThat(seats.place(a)).isEqualTo(new SeatBook.Wait(1));
        assertThat(seats.place(b)).isEqualTo(new SeatBook.Seat());
        assertThat(seats.confirmedOf(a)).isEqualTo(2);
    }

    static Enrolment waiter(UUID employer) {
        return Enrolment.restore(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                employer,
                Instant.now(),
                EnrolmentStatus.WAITLISTED,
                1L,
                null);
    }
}
