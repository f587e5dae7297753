package io.github.roster.sync.hr;

import java.util.Map;
import java.util.Objects;

/**
 * One person of an HR export.
 *
 * @param line the line of the export the person is on (1 is a CSV file's header)
 * @param employeeId the stable HR key
 * @param email the work e-mail
 * @param firstName the first name, or null
 * @param lastName the last name, or null
 * @param status the HR status as given
 * @param department the department, or null
 * @param jobTitle the job title, or null
 * @param employed whether {@code status} means employed (per the configuration); otherwise a leaver
 * @param attributes every value of the row: the standard fields by their names ({@code employee_id},
 *     {@code email}, ...) and other columns by their headers; blank values are left out
 */
public record HrPerson(int line, String employeeId, String email, String firstName, String lastName, String status,
                       String department, String jobTitle, boolean employed, Map<String, String> attributes) {

    /**
     * Checks the key and copies the attributes.
     *
     * @param line the line
     * @param employeeId the HR key
     * @param email the e-mail
     * @param firstName the first name
     * @param lastName the last name
     * @param status the status
     * @param department the department
     * @param jobTitle the job title
     * @param employed whether employed
     * @param attributes all values
     */
    public HrPerson {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(email, "email");
        attributes = Map.copyOf(attributes);
    }

    /**
     * A value by field or column name.
     *
     * @param name a standard field ({@code department}) or another column's header
     * @return the value, or null when blank or absent
     */
    public String attribute(String name) {
        return attributes.get(name);
    }
}
