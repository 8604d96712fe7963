package dk.pejling.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Plans in tables, written and read with hand-written SQL. */
@Repository
class PlanRepository {

    boolean exists(String planId) {
        throw new UnsupportedOperationException("persistence comes next");
    }

    void insert(Plan plan) {
        throw new UnsupportedOperationException("persistence comes next");
    }

    Optional<Plan> find(String planId) {
        throw new UnsupportedOperationException("persistence comes next");
    }

    List<PlanSummary> list() {
        throw new UnsupportedOperationException("persistence comes next");
    }

    boolean delete(String planId) {
        throw new UnsupportedOperationException("persistence comes next");
    }
}
