package fi.ohjaamo.registers;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AlertSettingsRepository extends JpaRepository<AlertSettings, UUID> {
}
